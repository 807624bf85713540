/// Where a page's main content is.
enum MainContentLocator {
    struct Choice {
        var node: XMLNode
        /// False when no element declares the main content and the whole body is walked; the
        /// extractor then drops link-dense blocks (menus, link lists) by text density.
        var isDeclared: Bool
    }

    /// `<main>` or `role="main"` first; else the single `<article>`, or the one with most text; else
    /// an element whose id or class names the content; else `<body>`.
    static func locate(root: XMLNode) -> Choice {
        var main: XMLNode?
        var articles: [XMLNode] = []
        var named: XMLNode?
        var body: XMLNode?
        root.forEachDescendant(skip: { skipped.contains($0.key) }) { node in
            guard node.isElement else { return }
            let name = node.key
            if name == Names.body, body == nil { body = node }
            if main == nil, name == Names.main || node.attribute("role")?.lowercased() == "main" { main = node }
            if name == Names.article, !BoilerplateElements.isBoilerplate(node, insideMain: false) { articles.append(node) }
            if named == nil, let id = (node.attribute("id") ?? node.attribute("class"))?.lowercased(),
                ["main-content", "content-main", "maincontent", "contenu", "contenu-principal", "main"].contains(id)
            {
                named = node
            }
        }
        if let main { return Choice(node: main, isDeclared: true) }
        if let article = articles.max(by: { textLength($0) < textLength($1) }) {
            return Choice(node: article, isDeclared: true)
        }
        if let named { return Choice(node: named, isDeclared: true) }
        return Choice(node: body ?? root, isDeclared: false)
    }

    private static let skipped: Set<ElementKey> = ["script", "style", "head"].map(ElementKey.init).reduce(into: []) { $0.insert($1) }

    private enum Names {
        static let body = ElementKey("body")
        static let main = ElementKey("main")
        static let article = ElementKey("article")
    }

    private static func textLength(_ node: XMLNode) -> Int {
        var n = 0
        node.forEachDescendant(skip: { BoilerplateElements.isBoilerplate($0, insideMain: true) }) { d in
            if d.isText { n += BlockText.scalarCount(d.contentBytes) }
        }
        return n
    }
}
