import Publish
import Runner
import Site

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lit build`: runs a book's chapters (or reuses their cached results), renders the static
/// site and writes it to a folder, touching only files whose bytes changed and removing the
/// files an earlier build wrote that the site no longer has.
///
/// With ``checks`` it writes nothing and names the files of the folder that are missing,
/// changed or extra. Exit status: 0 when the site was written (or is current); 1 when a cell
/// raised an exception it was not marked to raise (its page is still written, with the error
/// shown) or, with `--check`, when the folder is out of date; 2 for a missing path, an
/// unreadable chapter, a broken theme or a folder that cannot be written.
public struct BuildAction: Sendable {
    /// What to build.
    public var builder: SiteBuilder
    /// The folder the site goes to.
    public var outputFolder: String
    /// Compare the folder with the site instead of writing it (`--check`).
    public var checks: Bool
    /// Say for each chapter whether it ran, and why, or reused stored results.
    public var explains: Bool

    /// Makes the action.
    public init(
        builder: SiteBuilder, outputFolder: String = "site", checks: Bool = false,
        explains: Bool = false
    ) {
        self.builder = builder
        self.outputFolder = outputFolder
        self.checks = checks
        self.explains = explains
    }

    /// Builds, writing reports to `console`, and returns the exit status.
    public func perform(console: Console) -> CommandStatus {
        let build = builder.build()
        if explains {
            for line in build.explanations { console.write(line + "\n") }
        }
        for line in build.diagnostics + build.cellErrors { console.writeError(line + "\n") }
        guard let files = build.files, !build.hasInputProblems else {
            console.writeError("lit build: nothing written: the book has errors\n")
            console.flush()
            return .usage
        }
        let cellStatus: CommandStatus = build.cellErrors.isEmpty ? .success : .failure
        let status = checks ? check(files, console: console) : write(files, build, console)
        console.flush()
        return max(status, cellStatus)
    }

    /// Writes the site; says what changed.
    private func write(_ files: SiteFiles, _ build: SiteBuild, _ console: Console)
        -> CommandStatus
    {
        do {
            let report = try files.write(to: outputFolder)
            console.write(
                "built \(outputFolder): \(build.chapterCount) chapter"
                    + (build.chapterCount == 1 ? "" : "s") + " (\(build.chaptersRun) ran), "
                    + "\(report.written.count) written, \(report.unchanged.count) unchanged, "
                    + "\(report.removed.count) removed\n")
            return .success
        } catch {
            console.writeError("lit build: error: \(error)\n")
            return .usage
        }
    }

    /// Compares the folder with the site; names each file that differs.
    private func check(_ files: SiteFiles, console: Console) -> CommandStatus {
        let stale = files.staleFiles(comparedTo: outputFolder)
        guard !stale.isEmpty else {
            console.write("\(outputFolder) is up to date (\(files.count) files)\n")
            return .success
        }
        for path in stale {
            console.writeError(
                "\(outputFolder)/\(path): \(Self.problem(path, in: files, outputFolder))\n")
        }
        console.writeError(
            "lit build --check: \(stale.count) file" + (stale.count == 1 ? "" : "s")
                + " of \(outputFolder) out of date; run 'lit build' to update it\n")
        return .failure
    }

    /// Why a stale file is stale: missing, changed, or no longer part of the site.
    static func problem(_ path: String, in files: SiteFiles, _ folder: String) -> String {
        let exists = access(folder + "/" + path, F_OK) == 0
        if path == SiteFiles.manifestName { return exists ? "changed" : "missing" }
        guard files[path] != nil else { return "extra (no longer part of the site)" }
        return exists ? "changed" : "missing"
    }
}
