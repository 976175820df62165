import os
import os.path as osp, sys
import tensorflow as tf
