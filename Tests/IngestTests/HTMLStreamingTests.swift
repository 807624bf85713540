import Testing

@testable import Ingest

/// The page is read in one streaming pass, so what a tree walk would decide by looking ahead (does
/// this `<header>` hold a heading? which `<article>` is the largest? is there a `<main>` further
/// down?) is decided when the page ends. These pin those decisions.
struct HTMLStreamingTests {
    static let content = "Les équipes ont développé la télémédecine en EHPAD pendant toute la crise sanitaire."

    static func page(body: String, head: String = "<title>Actualité</title>") -> String {
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    @Test func headerInsideMainIsKeptOnlyWhenItHoldsATitleHeading() throws {
        let body = """
            <main><header><p class="kicker">Communiqué de l’agence régionale de santé.</p><h1>Ségur de la santé en région</h1></header>
            <header><p>Bandeau SANS-TITRE</p><h3>Sous-bandeau SANS-TITRE</h3></header>
            <p>\(Self.content)</p></main>
            """
        let doc = try ingest(Self.page(body: body), path: "p.html")
        // The title heading is the document's title, not a passage.
        #expect(doc.passages.map(\.text) == ["Communiqué de l’agence régionale de santé.", Self.content])
        #expect(doc.title == "Ségur de la santé en région")
        #expect(doc.passages.first?.role == .paragraph)
    }

    @Test func aHeadingDeepInsideAHeaderKeepsIt() throws {
        // The heading sits in furniture inside the header: the header is kept, the furniture is not.
        let body = "<main><header><p>Chapeau de l’article.</p><nav><h2>Menu NAVIGATION</h2></nav></header><p>\(Self.content)</p></main>"
        let doc = try ingest(Self.page(body: body), path: "p.html")
        #expect(doc.passages.map(\.text) == ["Chapeau de l’article.", Self.content])
    }

    @Test func nestedHeadersRollBackTogether() throws {
        let body = "<main><header><p>EXTERNE</p><header><p>INTERNE</p></header><p>EXTERNE encore</p></header><p>\(Self.content)</p></main>"
        let doc = try ingest(Self.page(body: body), path: "p.html")
        #expect(doc.passages.map(\.text) == [Self.content])
    }

    @Test func aMainLaterInThePageWinsOverEarlierArticlesAndBody() throws {
        let body = """
            <article><p>Article d’avant LE-MAIN, très long, beaucoup plus long que le contenu principal lui-même, \
            pour que la taille ne décide pas.</p></article>
            <div><p>Texte libre avant LE-MAIN.</p></div>
            <main><p>\(Self.content)</p></main>
            """
        let doc = try ingest(Self.page(body: body), path: "p.html")
        #expect(doc.passages.map(\.text) == [Self.content])
    }

    @Test func theArticleWithMostKeptTextWins() throws {
        // The first article has more characters in all, but many of them are in a share box.
        let share = "<p><a href='#'>Facebook</a></p><p><a href='#'>Twitter</a></p><p><a href='#'>LinkedIn</a></p>"
        let body = """
            <article><p>Brève du jour, un peu plus longue que la boîte de partage qui la suit.</p><div class="share">\(share)</div></article>
            <article><h1>Ségur</h1><p>\(Self.content)</p></article>
            """
        let doc = try ingest(Self.page(body: body), path: "p.html")
        #expect(doc.passages.map(\.text) == [Self.content])
        #expect(doc.title == "Ségur")
        let first = try ingest(Self.page(body: "<article><p>\(Self.content)</p></article><article><p>Brève.</p></article>"), path: "p.html")
        #expect(first.passages.map(\.text) == [Self.content])
    }

    /// A class or id is weak evidence: the subtree it names goes unless it holds most of the text.
    @Test func aClassNeverRemovesMostOfTheText() throws {
        let body = """
            <div class="layout-sidebar-second"><article class="post tag-sante category-ars"><h1>Ségur</h1>
            <div class="share-zone"><p>\(Self.content)</p><p>\(Self.content)</p></div>
            <div class="share"><p>Facebook</p><p>Twitter</p></div>
            <div class="tags"><p>Mots-clés : EHPAD</p></div></article></div>
            """
        let doc = try ingest(Self.page(body: body), path: "p.html")
        #expect(doc.passages.map(\.text) == [Self.content, Self.content])
        #expect(doc.title == "Ségur")
    }

    /// An article named as furniture is chosen only when nothing else is named the content, or
    /// when the plain articles beside it are less than half as long (its comments).
    @Test func furnitureArticlesComeLast() throws {
        let alone = try ingest(Self.page(body: "<article class='post tag-sante'><p>\(Self.content)</p></article><p>Pied</p>"), path: "p.html")
        #expect(alone.passages.map(\.text) == [Self.content])
        let withComments = """
            <article class='post tag-sante'><p>\(Self.content)</p><p>\(Self.content)</p><p>\(Self.content)</p></article>
            <article class='comment'><p>Merci pour cet article.</p></article>
            """
        #expect(try ingest(Self.page(body: withComments), path: "p.html").passages.map(\.text) == [Self.content, Self.content, Self.content])
    }

    @Test func furnitureArticlesAreNotCandidates() throws {
        let body = "<article class='sidebar'><p>\(Self.content) ENCADRÉ</p></article><div id='contenu'><p>\(Self.content)</p></div>"
        let doc = try ingest(Self.page(body: body), path: "p.html")
        #expect(doc.passages.map(\.text) == [Self.content])
    }

    @Test func textLongerThanLibxml2sChunksStaysOneParagraph() throws {
        // libxml2 hands text over in pieces of about a kilobyte; one text run must stay one block,
        // and a bogus comment split across two pieces must still be removed.
        let sentence = "La télémédecine en EHPAD a été pérennisée dans la région après la crise. "
        let half = String(repeating: sentence, count: 14)
        let paragraph = half + "<![CDATA[ MASQUÉ ]]>" + half
        let doc = try ingest(Self.page(body: "<main><p>\(paragraph)</p></main>"), path: "p.html")
        #expect(doc.passages.count == 1)
        #expect(doc.passages.first?.text == (half + half).trimmingWhitespace)
        #expect(half.utf8.count > 1000)
    }

    @Test func titleAndHeadHintsComeFromTheHeadOnly() throws {
        let head = """
            <title>
              Ségur de la santé |   ARS Bretagne
            </title><meta property="og:site_name" content=" ARS Bretagne "><link rel="Canonical" href="https://www.bretagne.ars.sante.fr/segur">
            """
        let body = "<main><p>\(Self.content)</p><meta property='og:title' content='TITRE-DU-CORPS'><time datetime='2020-07-21'>21 juillet</time></main>"
        let reader = try HTMLPageReader.read(utf8: Array(Self.page(body: body, head: head).utf8), maxDepth: 256, shouldContinue: { true })
        #expect(reader.hints.title == "Ségur de la santé | ARS Bretagne")
        #expect(reader.hints.siteName == "ARS Bretagne")
        #expect(reader.hints.url == "https://www.bretagne.ars.sante.fr/segur")
        #expect(reader.hints.ogTitle == nil)
        #expect(reader.hints.publishedDate?.description == "2020-07-21")
    }

    /// A start tag cut off by the end of the file: libxml2 reports one end event fewer than start
    /// events, and names the parent in the end that closes it. Ends close the innermost open
    /// element, as libxml2's own tree builder does (found by the random-bytes property test).
    @Test func unbalancedEndEventsCloseTheInnermostElement() throws {
        for page in ["<main><p>\(Self.content) <I7kª×X|c", "<p>\(Self.content) <I7k&ª", "<div><p>\(Self.content)</p><I7kª×"] {
            let doc = try ingest(page, path: "p.html")
            #expect(doc.passages.map(\.text) == [Self.content], "\(page)")
        }
    }

    @Test func aTitleTheFileNeverClosesStillCounts() throws {
        let reader = try HTMLPageReader.read(utf8: Array("<html><head><title>Ségur   de la santé".utf8), maxDepth: 256, shouldContinue: { true })
        #expect(reader.hints.title == "Ségur de la santé")
    }

    @Test func aStoppedParseReportsItsReason() {
        let deep = Self.page(body: String(repeating: "<div>", count: 40) + "<p>\(Self.content)</p>")
        var options = IngestOptions.defaults
        options.maxDepth = 20
        #expect(failureReason(Array(deep.utf8), path: "p.html", options: options) == .tooDeep)
        let stopped = Result { () throws(IngestFailure) in
            try HTMLPageReader.read(utf8: Array(deep.utf8), maxDepth: 256, shouldContinue: { false })
        }
        if case .failure(let failure) = stopped { #expect(failure.reason == .timeout) } else { Issue.record("not stopped") }
    }
}
