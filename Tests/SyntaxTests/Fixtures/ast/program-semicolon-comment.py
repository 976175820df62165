x; # comment
