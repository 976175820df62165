import Foundation

/// The templates and assets pages are made from: the default theme, with a book's own files
/// in place of the default ones of the same name.
///
/// Templates are the files ending in `.mustache` (`page`, `index`, `chapter`, `cell`; see
/// `Theme/README.md`); every other file is an asset, written under `assets/`.
public struct Theme: Hashable, Sendable {
    /// The theme's files by name, such as `page.mustache` or `lit.css`.
    public private(set) var files: [String: [UInt8]]

    /// The names of the templates a theme must have.
    public static let templateNames = ["page", "toc-item", "index", "chapter", "cell"]

    /// Makes a theme from its files.
    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    /// The default theme shipped with `lit`.
    public static func standard() throws(SiteError) -> Theme {
        let folder = try ThemeResources.defaultFolder()
        return Theme(files: try readFolder(folder))
    }

    /// The default theme with the files of `folder` (a book's `theme/`) in place of the
    /// default ones of the same name, and its other files added as assets.
    public static func standard(overriddenBy folder: String?) throws(SiteError) -> Theme {
        var theme = try standard()
        if let folder { try theme.override(with: folder) }
        return theme
    }

    /// Replaces files by those of `folder` (top-level regular files; hidden files skipped).
    public mutating func override(with folder: String) throws(SiteError) {
        for (name, bytes) in try Self.readFolder(folder) { files[name] = bytes }
    }

    /// The text of a template, or `nil` when the theme has none of that name.
    func template(_ name: String) -> String? {
        files[name + ".mustache"].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The assets (files that are not templates and not the README), sorted by name.
    var assetNames: [String] {
        files.keys.filter { !$0.hasSuffix(".mustache") && $0 != "README.md" }.sorted()
    }

    static func readFolder(_ folder: String) throws(SiteError) -> [String: [UInt8]] {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder)
        } catch {
            throw SiteError(
                "\(folder): cannot read the theme folder (\(error.localizedDescription))")
        }
        var files: [String: [UInt8]] = [:]
        for name in names where !name.hasPrefix(".") && SiteFiles.isSafeRelativePath(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            let attributes = try? manager.attributesOfItem(atPath: path)
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            guard let data = manager.contents(atPath: path) else {
                throw SiteError("\(path): cannot read the theme file")
            }
            files[name] = Array(data)
        }
        return files
    }
}

/// Where the default theme's files are on disk.
enum ThemeResources {
    /// The resource bundle's name SwiftPM gives the `Site` target.
    static let bundleName = "lit_Site.resources"

    /// The default theme's folder: in the resource bundle beside the executable (or the test
    /// bundle), or in the source tree when the program runs from its build folder.
    static func defaultFolder() throws(SiteError) -> String {
        let manager = FileManager.default
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
            .resolvingSymlinksInPath().deletingLastPathComponent()
        for base in [Bundle.main.bundleURL, Bundle.main.resourceURL, executable].compactMap({ $0 })
        {
            candidates.append(
                base.appendingPathComponent(bundleName).appendingPathComponent("Theme"))
            candidates.append(
                base.appendingPathComponent("Contents/Resources").appendingPathComponent(bundleName)
                    .appendingPathComponent("Resources/Theme"))
        }
        candidates.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Theme"))
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                isDirectory.boolValue,
                manager.fileExists(atPath: candidate.appendingPathComponent("page.mustache").path)
            {
                return candidate.path
            }
        }
        throw SiteError(
            "cannot find the default theme (\(bundleName)/Theme beside the lit executable)")
    }
}
