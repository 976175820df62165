/// The script a preview adds to every HTML page: it polls the server's build version,
/// reloads the page when a new build is in, and shows a failed build's error over the page.
enum ReloadScript {
    /// The path the script polls.
    static let versionPath = "/__lit/version"

    /// The script element for a page served at build `version`.
    static func element(version: Int) -> String {
        """
        <script id="lit-preview">
        (function () {
          var seen = \(version);
          var overlay = null;
          function show(message) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;z-index:1000;" +
                "max-height:60vh;overflow:auto;padding:1rem 1.25rem;border-radius:10px;" +
                "background:#2d1b1e;color:#ffd7d7;border:2px solid #e5534b;" +
                "font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;" +
                "box-shadow:0 8px 30px rgba(0,0,0,.4)";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "lit: the last rebuild failed; this page shows the build before it.\\n\\n" + message;
          }
          function hide() {
            if (overlay) { overlay.remove(); overlay = null; }
          }
          function poll() {
            fetch("\(versionPath)", { cache: "no-store" }).then(function (response) {
              return response.json();
            }).then(function (state) {
              if (state.error) { show(state.error); } else { hide(); }
              if (state.version !== seen && !state.error) { location.reload(); return; }
              setTimeout(poll, 400);
            }, function () { setTimeout(poll, 1500); });
          }
          poll();
        })();
        </script>

        """
    }

    /// The page with the script inserted before its last `</body>` (or at its end).
    static func inject(into html: [UInt8], version: Int) -> [UInt8] {
        let script = Array(element(version: version).utf8)
        let marker = Array("</body>".utf8)
        guard html.count >= marker.count else { return html + script }
        var index = html.count - marker.count
        while index >= 0 {
            var matches = true
            for offset in 0..<marker.count
            where lowercased(html[index + offset]) != marker[offset] {
                matches = false
                break
            }
            if matches {
                return Array(html[..<index]) + script + Array(html[index...])
            }
            index -= 1
        }
        return html + script
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
