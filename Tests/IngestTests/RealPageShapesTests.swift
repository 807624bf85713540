import Testing

@testable import Ingest

/// The shapes in which real web pages defeated extraction, rebuilt as small pages of our own (in
/// the languages of European pages): the article is kept whatever its wrappers are named, the
/// furniture around and inside it is dropped, and a page is never left without a document.
struct RealPageShapesTests {
    static let article = """
        <p>Les équipes ont développé la télémédecine en EHPAD pendant toute la durée de la crise sanitaire, \
        avec des consultations quotidiennes et un suivi des résidents les plus fragiles.</p>
        <p>Les médecins coordonnateurs demandent que ces moyens soient pérennisés après l’été, \
        et que les infirmiers de nuit soient mieux rémunérés pour ces nouvelles tâches.</p>
        <p>L’agence régionale de santé a promis un premier bilan à la rentrée, établissement par établissement.</p>
        """
    static let sentences = ["Les équipes ont développé la télémédecine", "Les médecins coordonnateurs demandent", "un premier bilan à la rentrée"]

    static func page(_ body: String, head: String = "<title>Télémédecine en EHPAD | ARS</title>") -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    func text(_ body: String, head: String = "<title>Télémédecine en EHPAD | ARS</title>") throws -> String {
        try ingest(Self.page(body, head: head), path: "p.html").text
    }

    /// `body` with the article put in place of ARTICLE keeps every sentence of the article.
    func expectArticleKept(in body: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = try text(body.replacingOccurrences(of: "ARTICLE", with: Self.article))
        for sentence in Self.sentences { #expect(text.contains(sentence), "\(body)", sourceLocation: sourceLocation) }
    }

    /// Class and id tokens are evidence, not verdicts: CMS taxonomy classes, layout modifiers and
    /// feature wrappers around the article never delete it.
    @Test(arguments: [
        "<div class='layout layout--sidebar-second'><main><div class='region'>ARTICLE</div></main></div>",
        "<article class='post type-post tag-sante tag-ehpad category-actualites'>ARTICLE</article>",
        "<div class='share-zone'><div class='entry-content'>ARTICLE</div></div>",
        "<div id='related-content-wrapper'>ARTICLE</div><div class='related'><a href='/a'>Autre article</a></div>",
        "<div class='entry themeform share'><div class='entry-inner'>ARTICLE</div></div>",
        // Taxonomy classes name what a post is filed under, not what it is: kept beside comments
        // that hold more text than the article itself.
        "<main><article class='post tag-partage category-reseaux-sociaux'>ARTICLE</article><section class='comments'>"
            + String(repeating: "<article class='comment-body'><p>Un commentaire assez long d'un lecteur, qui donne son avis sur ce sujet et sur bien d'autres encore.</p></article>", count: 12)
            + "</section></main>",
    ])
    func aWrapperNamedAsFurnitureKeepsItsArticle(_ body: String) throws {
        try expectArticleKept(in: body)
    }

    /// A script's code never reaches the text, whatever markup its strings and comments hold
    /// (`//</temporary>`, templates of links and divs).
    @Test func markupInsideAScriptDoesNotEndIt() throws {
        let script = "<script>jQuery(function($) {\n  //<temporary>\n  $('head').append('x');\n  //</temporary>\n"
            + "  $('#twitter').sharrre({ template: '<a class=\"box\" href=\"#\"><div class=\"count\"></div></a>', enableHover: false, "
            + "enableTracking: true, buttons: { twitter: {via: ''}}, click: function(api, options) { api.simulateClick(); } });\n});</script>"
        let paragraphs = Self.article.split(separator: "\n").map(String.init)
        let kept = try text("<article>\(paragraphs[0])\(script)\(paragraphs[1])\(paragraphs[2])</article>")
        for sentence in Self.sentences { #expect(kept.contains(sentence)) }
        #expect(!kept.contains("enableHover"))
    }

    /// An `<article>` that holds a small part of the page's prose (an FAQ box) is not the page's
    /// content when no `<main>` says otherwise: the text around it is kept.
    @Test func aSmallArticleDoesNotHideThePage() throws {
        let prose = String(repeating: Self.article, count: 4)
        let faq = "<article class='faq'><h3>Questions fréquentes</h3>"
            + "<p>Combien de temps dure une téléconsultation ? Environ quinze minutes, selon le médecin et le patient.</p>"
            + "<p>Faut-il un matériel particulier ? Une tablette ou un ordinateur avec une caméra suffit dans la plupart des cas.</p>"
            + "<p>Est-elle remboursée ? Oui, dans les mêmes conditions qu’une consultation au cabinet du médecin traitant.</p></article>"
        let kept = try text("<div class='page'><div class='texte'>\(prose)</div>\(faq)</div>")
        for sentence in Self.sentences { #expect(kept.contains(sentence)) }
        // An article that holds the page's prose is still the content, and what is around it is not.
        let article = try text("<div class='page'><p>Un bandeau d’annonce sur toute la largeur de la page.</p><article>\(prose)</article></div>")
        #expect(!article.contains("bandeau"))
    }

    /// Sections that repeat one name (anchors a table of contents links to: `TOC_TITLE_1`,
    /// `TOC_TITLE_2`…) are judged together: none holds half the text, all of them do.
    @Test func sectionsThatRepeatOneNameAreJudgedTogether() throws {
        let paragraphs = Self.article.split(separator: "\n").map(String.init)
        let sections = paragraphs.enumerated().map { "<div id='TOC_TITLE_\($0.offset + 1)'><h2>Partie \($0.offset + 1)</h2>\($0.element)</div>" }
        let intro = "<p>Introduction : un dossier complet sur la crise sanitaire dans les établissements, avec les témoignages "
            + "des équipes, des résidents et de leurs familles, recueillis pendant plusieurs semaines dans toute la région, "
            + "puis relus par les directions et par l’agence régionale de santé avant leur publication.</p>"
        let kept = try text("<article>\(intro)<div class='toc'><a href='#TOC_TITLE_1'>Partie 1</a></div>" + sections.joined() + "</article>")
        for sentence in Self.sentences { #expect(kept.contains(sentence)) }
        // A box named once as furniture still goes.
        let boxed = try text("<article>\(Self.article)<div class='sidebar'><p>Un encadré qui n’a rien à voir avec l’article.</p></div></article>")
        #expect(!boxed.contains("encadré"))
    }

    /// Furniture inside the article column, each carrying REJET, which must not reach the text.
    @Test(arguments: [
        // "read also" boxes, in several languages; the article's prose goes on after them.
        "<p>Lesen Sie auch</p><p><a href='/x'>REJET ein anderer Artikel</a></p>",
        "<h3>Related posts</h3><ul><li><a href='/y'>REJET another post</a></li></ul>",
        "<h2>Noticias relacionadas</h2><p><a href='/z'>REJET otra noticia</a></p>",
        // Comment forms and counts.
        "<div id='respond' class='comment-respond'><h3>Leave a Reply</h3><p>REJET Your email address will not be published.</p></div>",
        "<h3>Kommentar verfassen</h3><p>REJET Name</p>",
        // Image captions and photo credits.
        "<figure><img src='a.jpg'><figcaption>REJET La directrice de l’EHPAD. Photo : ARS</figcaption></figure>",
        "<div class='image-credit'>REJET © Fotolia</div>",
        // Newsletter boxes and calls, author boxes, closed comments.
        "<div class='newsletter-box'><p>REJET Abonnez-vous à notre lettre d’information</p></div>",
        "<p>REJET : abonnez-vous à notre newsletter pour tout savoir sur le Ségur.</p>",
        "<div class='author-box'><p>REJET Claire est journaliste santé depuis dix ans.</p></div>",
        "<h4>Über den Autor</h4><p>REJET Freier Autor in Berlin, schreibt über Gesundheit.</p>",
        "<p>Comments are closed. REJET</p>",
        // Previous/next navigation, print/share toolbars, back to top.
        "<div class='post-navigation'><a href='/p'>REJET Article précédent</a><a href='/n'>Article suivant</a></div>",
        "<p>Previous post</p><p>REJET Older news</p>",
        "<div class='toolbar'><a href='#'>Imprimer</a> <a href='#'>REJET Partager</a></div>",
        "<p><a href='#top'>REJET Back to top</a></p>",
        "<p>Nach oben</p><p>REJET</p>",
        // A comment thread, a rating widget, a call to subscribe or donate, named by their classes.
        "<div id='comments' class='comments-area'><h3>2 Kommentare</h3><p>REJET Ein sehr guter Artikel, danke für die Mühe.</p></div>",
        "<div class='post-ratings'>REJET (Noch keine Bewertungen)</div>",
        "<section class='donation-cta'><p>REJET Si cet article vous a plu, soutenez notre travail par un don.</p></section>",
        // Credit lines and numbered figure captions, in running text.
        "<p><small>REJET La directrice de l’EHPAD. (Photo : Jean Dupont)</small></p>",
        "<p>Quelle: REJET Landesregierung</p>",
        "<p><em>Abbildung 2: REJET Anteil der Konsultationen</em></p>",
    ])
    func furnitureInsideTheArticleIsDropped(_ furniture: String) throws {
        let text = try text("<article>" + Self.article.replacingOccurrences(of: "</p>\n<p>L’agence", with: "</p>\(furniture)<p>L’agence") + "</article>")
        #expect(!text.contains("REJET"), "\(furniture)")
        for sentence in Self.sentences { #expect(text.contains(sentence), "\(furniture)") }
    }

    /// Short furniture the markup does not name, after the article's last prose: dropped from the
    /// end; a closing heading with its list stays.
    @Test func trailingFragmentsAreDropped() throws {
        let tail = "<p>REJET Magazine</p><h4>REJET Kontakt</h4><p>REJET Redaktion</p>"
        let trimmed = try text("<main>\(Self.article)\(tail)</main>")
        #expect(!trimmed.contains("REJET"))
        for sentence in Self.sentences { #expect(trimmed.contains(sentence)) }
        let list = try text("<main>\(Self.article)<h3>Les propositions</h3><ul><li>Pérenniser la télémédecine</li></ul></main>")
        #expect(list.hasSuffix("Les propositions\n\nPérenniser la télémédecine"))
    }

    /// Short furniture before the article's first prose (a section name, a kicker, a date line in
    /// a language the date reader does not know): dropped from the start. A date line it knows
    /// stays, as the document's date, and one in an element named as a date gives the date
    /// without staying in the text.
    @Test func leadingFragmentsAreDroppedDatesAreKept() throws {
        let lead = "<p>REJET Gesundheit</p><p>REJET Dienstag, 4. Juni 2019, 15:54</p>"
        let trimmed = try ingest(Self.page("<main>\(lead)\(Self.article)</main>"), path: "p.html")
        #expect(!trimmed.text.contains("REJET"))
        #expect(trimmed.text.hasPrefix("Les équipes ont développé"))
        let labelled = try ingest(Self.page("<main><p>Ordre du jour :</p><ul><li>Télémédecine</li></ul>\(Self.article)</main>"), path: "p.html")
        #expect(labelled.text.hasPrefix("Ordre du jour :"))
        let dated = try ingest(Self.page("<main><p>Publié le 3 juin 2020</p>\(Self.article)</main>"), path: "p.html")
        #expect(dated.text.hasPrefix("Publié le 3 juin 2020"))
        #expect(dated.date?.description == "2020-06-03")
        let named = try ingest(Self.page("<main><div class='entry-date'>REJET 3 juin 2020</div>\(Self.article)</main>"), path: "p.html")
        #expect(!named.text.contains("REJET"))
        #expect(named.date?.description == "2020-06-03")
    }

    /// A layout table: the navigation cell is links, the content cell is prose.
    @Test func layoutTableNavigationCellsAreDropped() throws {
        let body = """
            <table><tr><td><a href='/1'>REJET Accueil</a><br><a href='/2'>Actualités</a><br><a href='/3'>Contact</a></td>
            <td>\(Self.article)</td></tr></table>
            """
        let text = try text(body)
        #expect(!text.contains("REJET"))
        for sentence in Self.sentences { #expect(text.contains(sentence)) }
    }

    /// When the rules leave almost nothing, gentler ones are tried: no document is lost for a page
    /// that has text.
    @Test(arguments: [
        "<main><aside class='article-body'>ARTICLE</aside></main>",
        "<form action='/recette'><div class='steps'>ARTICLE</div></form>",
        "<div class='content'><a href='/a'>ARTICLE</a></div>",
    ])
    func aPageWithTextAlwaysGivesADocument(_ body: String) throws {
        try expectArticleKept(in: body)
    }

    /// The title is metadata; the canonical address is the document's url.
    @Test func titleAndURL() throws {
        let head = """
            <title>Télémédecine en EHPAD | ARS</title><link rel="canonical" href="https://www.ars.sante.fr/telemedecine-ehpad">
            <meta property="og:url" content="https://autre.example/x">
            """
        let doc = try ingest(Self.page("<article><h1>Télémédecine en EHPAD</h1>\(Self.article)</article>", head: head), path: "p.html")
        #expect(doc.title == "Télémédecine en EHPAD")
        #expect(doc.text.hasPrefix("Les équipes ont développé"))
        #expect(doc.url == "https://www.ars.sante.fr/telemedecine-ehpad")
        let og = try ingest(Self.page(Self.article, head: "<meta property='og:url' content='https://www.ars.sante.fr/og'>"), path: "p.html")
        #expect(og.url == "https://www.ars.sante.fr/og")
        let relative = try ingest(Self.page(Self.article, head: "<link rel='canonical' href='/relative'>"), path: "p.html")
        #expect(relative.url == nil)
    }
}
