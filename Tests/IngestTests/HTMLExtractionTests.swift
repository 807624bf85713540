import Testing

@testable import Ingest

/// Main content kept, boilerplate dropped: a phrase in a menu, header, footer, banner or link list
/// never reaches a passage.
struct HTMLExtractionTests {
    static let content = "<p>Les équipes ont développé la télémédecine en EHPAD pendant toute la durée de la crise sanitaire.</p>"

    static func page(body: String) -> String {
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Actualité</title></head><body>\(body)</body></html>"
    }

    /// Each construct carries the phrase "PHRASE-INTERDITE", which must never be in a passage.
    @Test(arguments: [
        "<nav><ul><li><a href='/'>PHRASE-INTERDITE accueil</a></li></ul></nav>",
        "<header><a href='/'>PHRASE-INTERDITE logo</a></header>",
        "<footer><p>PHRASE-INTERDITE Mentions légales</p></footer>",
        "<aside><p>PHRASE-INTERDITE encadré</p></aside>",
        "<script>var x = 'PHRASE-INTERDITE';</script>",
        "<style>.a::after { content: 'PHRASE-INTERDITE'; }</style>",
        "<noscript>PHRASE-INTERDITE activez JavaScript</noscript>",
        "<template><p>PHRASE-INTERDITE modèle</p></template>",
        "<form><label>PHRASE-INTERDITE recherche</label><input name=q></form>",
        "<div class='cookie-banner'><p>PHRASE-INTERDITE nous utilisons des traceurs</p></div>",
        "<div id='tarteaucitronRoot'><p>PHRASE-INTERDITE consentement</p></div>",
        "<div class='share-buttons'>PHRASE-INTERDITE Facebook Twitter</div>",
        "<div class='field--name-field-tags'><a>PHRASE-INTERDITE étiquette</a></div>",
        "<section class='related-articles'><h2>Sur le même sujet</h2><p>PHRASE-INTERDITE autre article</p></section>",
        "<div class='breadcrumb'>PHRASE-INTERDITE Accueil &gt; Actualités</div>",
        "<div class='sidebar-right'><p>PHRASE-INTERDITE liens utiles</p></div>",
        "<div role='navigation'><p>PHRASE-INTERDITE plan</p></div>",
        "<div role='contentinfo'><p>PHRASE-INTERDITE pied</p></div>",
        "<div class='main-menu'><p>PHRASE-INTERDITE rubriques</p></div>",
        "<div hidden><p>PHRASE-INTERDITE caché</p></div>",
        "<div style='display: none'><p>PHRASE-INTERDITE invisible</p></div>",
        "<h2>À lire également</h2><ul><li><a href='/x'>PHRASE-INTERDITE un autre article de l’agence</a></li></ul>",
        "<h3>Tags</h3><p><a>PHRASE-INTERDITE Ségur</a></p>",
        "<p>Partager sur : <a>PHRASE-INTERDITE LinkedIn</a></p>",
        "<p>Ce site utilise des cookies PHRASE-INTERDITE pour mesurer l’audience.</p>",
        "<ul class='docnav top'><li>PHRASE-INTERDITE Le cahier</li></ul>",
        "<div class='sidenav'><p>PHRASE-INTERDITE rubriques</p></div>",
        "<div id='toc'><p>PHRASE-INTERDITE 1. Introduction</p></div>",
        "<h2>Table des matières</h2><ul><li>PHRASE-INTERDITE Introduction</li><li>Chapitre 2</li></ul>",
        "<p>Précédent</p><p>PHRASE-INTERDITE Suivant</p>",
        "<![CDATA[PHRASE-INTERDITE]]>",
        "<!-- PHRASE-INTERDITE commentaire -->",
    ])
    func boilerplateNeverInPassages(_ boilerplate: String) throws {
        for body in ["<main>\(Self.content)\(boilerplate)</main>", "\(boilerplate)<main>\(Self.content)</main>", "<div>\(Self.content)\(boilerplate)</div>"] {
            let doc = try ingest(Self.page(body: body), path: "page.html")
            #expect(!doc.passages.contains { $0.text.contains("PHRASE-INTERDITE") }, "kept from \(body)")
            #expect(!doc.text.contains("PHRASE-INTERDITE"))
            #expect(doc.passage(containing: "télémédecine en EHPAD") != nil, "content lost from \(body)")
        }
    }

    /// Ids generated from headings name content, not furniture, even when a word of them does.
    @Test(arguments: [
        "<section id='overview-of-debian-maintainer-tools'>",
        "<section id='partager-les-donnees-de-sante'>",
        "<div class='tools-overview'>",
        "<div class='print-friendly'>",
    ])
    func contentContainersNamedLikeFurnitureAreKept(_ open: String) throws {
        let tag = open.hasPrefix("<section") ? "</section>" : "</div>"
        let doc = try ingest(Self.page(body: "<main>\(open)\(Self.content)\(tag)</main>"), path: "p.html")
        #expect(doc.passage(containing: "télémédecine en EHPAD") != nil)
    }

    @Test(arguments: ["<div id='main-menu'>", "<div id='site-footer'>", "<div id='breadcrumb'>", "<div id='sidebar-left'>"])
    func shortFurnitureIdsAreDropped(_ open: String) throws {
        let doc = try ingest(Self.page(body: "<main>\(Self.content)\(open)<p>PHRASE-INTERDITE</p></div></main>"), path: "p.html")
        #expect(!doc.passages.contains { $0.text.contains("PHRASE-INTERDITE") })
    }

    @Test func mainIsPreferredOverTheRestOfTheBody() throws {
        let doc = try ingest(Self.page(body: "<div><p>Texte hors du contenu principal, assez long pour compter comme un paragraphe.</p></div><main>\(Self.content)</main>"), path: "p.html")
        #expect(doc.passages.map(\.text) == ["Les équipes ont développé la télémédecine en EHPAD pendant toute la durée de la crise sanitaire."])
    }

    @Test func roleMainAndLargestArticle() throws {
        let roleMain = try ingest(Self.page(body: "<p>Hors contenu : une phrase qui ne doit pas être reprise.</p><div role='main'>\(Self.content)</div>"), path: "p.html")
        #expect(roleMain.passages.count == 1)
        let articles = try ingest(Self.page(body: "<article><p>Court.</p></article><article><h1>Titre</h1>\(Self.content)</article>"), path: "p.html")
        #expect(articles.passages.map(\.text) == ["Les équipes ont développé la télémédecine en EHPAD pendant toute la durée de la crise sanitaire."])
        #expect(articles.title == "Titre")
    }

    @Test func linkDenseBlocksAreDroppedWithoutDeclaredMain() throws {
        let body = """
            <div class="top"><a href="/1">Appels à projets</a> <a href="/2">Recrutement</a> <a href="/3">Agenda régional</a></div>
            <div><ul><li><a href="/a">Offre de soins</a></li><li><a href="/b">Prévention et promotion</a></li></ul></div>
            <div>\(Self.content)<p>Voir la <a href="/c">carte</a> des maisons de santé de la région et leurs horaires d’ouverture.</p></div>
            """
        let doc = try ingest(Self.page(body: body), path: "p.html")
        #expect(doc.passages.map(\.text) == [
            "Les équipes ont développé la télémédecine en EHPAD pendant toute la durée de la crise sanitaire.",
            "Voir la carte des maisons de santé de la région et leurs horaires d’ouverture.",
        ])
    }

    @Test func structureBecomesRolesAndSections() throws {
        let body = """
            <main><h1>Ségur de la santé</h1><p>Intro <b>en gras</b> et <i>italique</i>.</p>
            <h2>Propositions</h2><ul><li>Pérenniser la télémédecine<ul><li>en EHPAD</li></ul></li><li>Former</li></ul>
            <h3>Chiffres</h3><table><tr><th>Thème</th><th>Part</th></tr><tr><td>EHPAD</td><td>9 %</td></tr></table>
            <p>Ligne un<br>ligne deux</p><p>L&rsquo;&eacute;quipe &amp; les usagers</p></main>
            """
        let doc = try ingest(Self.page(body: body), path: "p.html")
        let rows = doc.passages.map { "\($0.role.rawValue)|\($0.section.joined(separator: ">"))|\($0.text)" }
        // The <h1> is the title, not a passage; it still heads the sections below it.
        #expect(doc.title == "Ségur de la santé")
        #expect(rows == [
            "paragraph|Ségur de la santé|Intro en gras et italique.",
            "heading|Ségur de la santé|Propositions",
            "list-item|Ségur de la santé>Propositions|Pérenniser la télémédecine",
            "list-item|Ségur de la santé>Propositions|en EHPAD",
            "list-item|Ségur de la santé>Propositions|Former",
            "heading|Ségur de la santé>Propositions|Chiffres",
            "table-row|Ségur de la santé>Propositions>Chiffres|Thème\tPart",
            "table-row|Ségur de la santé>Propositions>Chiffres|EHPAD\t9 %",
            "paragraph|Ségur de la santé>Propositions>Chiffres|Ligne un\nligne deux",
            "paragraph|Ségur de la santé>Propositions>Chiffres|L’équipe & les usagers",
        ])
        #expect(doc.passagesAreExactSlices)
        #expect(doc.title == "Ségur de la santé")
    }

    @Test func nbspIsKeptAsContent() throws {
        let doc = try ingest(Self.page(body: "<main><p>Télémédecine&nbsp;: un acquis</p></main>"), path: "p.html")
        #expect(doc.passages.first?.text == "Télémédecine\u{00A0}: un acquis")
    }

    static func nested(_ depth: Int) -> String {
        page(body: String(repeating: "<div>", count: depth) + Self.content + String(repeating: "</div>", count: depth))
    }

    /// libxml2 limits depth only while it builds a tree; the streaming parse has the default limit
    /// (libxml2's 256) enforced by the reader, and reports the page instead of cutting it short.
    @Test func pagesDeeperThanTheDefaultLimitAreReportedNotTruncated() {
        #expect(IngestOptions.defaults.maxDepth == 256)
        #expect(failureReason(Array(Self.nested(300).utf8), path: "deep.html") == .tooDeep)
        #expect(failureReason(Array(Self.nested(250).utf8), path: "deep.html") == nil)
    }

    @Test func ownDepthLimitIsEnforced() throws {
        var options = IngestOptions.defaults
        options.maxDepth = 50
        #expect(failureReason(Array(Self.nested(80).utf8), path: "deep.html", options: options) == .tooDeep)
        #expect(failureReason(Array(Self.nested(30).utf8), path: "ok.html", options: options) == nil)
    }

    @Test func raisingTheDepthLimitAcceptsDeeperPages() throws {
        var options = IngestOptions.defaults
        options.maxDepth = 1000
        let doc = try ingestBytes(Array(Self.nested(300).utf8), path: "deep.html", options: options)
        #expect(doc.passage(containing: "télémédecine") != nil)
    }

    @Test func timeLimitStopsTheWalk() {
        let result = Result { () throws(IngestFailure) in
            try Ingestor().ingest(Array(Self.nested(100).utf8), source: SourceInfo(relativePath: "slow.html"), shouldContinue: { false })
        }
        #expect(throws: IngestFailure.self) { try result.get() }
        if case .failure(let failure) = result { #expect(failure.reason == .timeout) }
    }
}
