/// Settings of a site render.
public struct SiteOptions: Hashable, Sendable {
    /// Write a Jupyter notebook (`<stem>.ipynb`) for each chapter and link it from its page.
    public var notebooks: Bool
    /// Write the search index and show the search box.
    public var search: Bool

    /// Makes settings; by default notebooks and search are on.
    public init(notebooks: Bool = true, search: Bool = true) {
        self.notebooks = notebooks
        self.search = search
    }
}
