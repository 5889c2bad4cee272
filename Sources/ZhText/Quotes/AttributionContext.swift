import ZhTextCore

/// A person named in an essay, for pronouns: where, who, and whether the text marks them as
/// a woman (女士, 小姐, 阿婆, or 她 before).
struct Person {
    var offset: Int
    var name: String
    var isFemale: Bool? = nil
}

/// People named in an essay, for pronouns and pointing words: those mentioned (in text order)
/// and those quoted (in the order of their quotations, text order too). Lookups are binary
/// searches, so the work stays linear in the number of quotations.
struct PeopleIndex {
    private let mentioned: [Person]
    private var quotedPeople: [Person] = []

    init(mentioned: [Person]) { self.mentioned = mentioned }

    mutating func quoted(_ person: Person) { quotedPeople.append(person) }

    /// The people named before `offset`, the most recent first, at most `limit` of them.
    func recent(before offset: Int, limit: Int = 32) -> [Person] {
        var mentionIndex = Self.count(before: offset, in: mentioned)
        var quoteIndex = Self.count(before: offset, in: quotedPeople)
        var result: [Person] = []
        while result.count < limit, mentionIndex > 0 || quoteIndex > 0 {
            if quoteIndex == 0 || mentionIndex > 0 && mentioned[mentionIndex - 1].offset > quotedPeople[quoteIndex - 1].offset {
                result.append(mentioned[mentionIndex - 1])
                mentionIndex -= 1
            } else {
                result.append(quotedPeople[quoteIndex - 1])
                quoteIndex -= 1
            }
        }
        return result
    }

    /// How many of `people` (sorted by offset) stand before `offset`.
    static func count(before offset: Int, in people: [Person]) -> Int {
        var low = 0, high = people.count
        while low < high {
            let middle = (low + high) / 2
            if people[middle].offset < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// What the word-based attribution needs of one essay: its paragraphs, text and a tokenizer.
struct AttributionContext {
    let document: Document
    let spans: [TextSpan]
    let tokenizer: DocumentTokenizer
    /// Names learned from the essay (少安 where the segmenter reads 少安笑).
    var names = LearnedNames()

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";"]

    /// How far back a sentence's start is looked for, in characters: a bound on the work for
    /// each quotation.
    static let reach = 128

    var scalars: [Unicode.Scalar] { document.scalars }

    /// The speaker and verb of the clause `clause` that ends right before a quotation; when the
    /// clause has a verb but no subject of its own (站起身来说), the sentence's subject.
    func before(clause: TextSpan, in paragraph: TextSpan) -> SpeakerPhrase? {
        guard clause.start < clause.end else { return nil }
        var sentenceStart = clause.start
        while sentenceStart > max(paragraph.start, clause.start - Self.reach), !Self.sentenceEnds.contains(scalars[sentenceStart - 1]),
              QuotationMarks.closers[scalars[sentenceStart - 1]] == nil, scalars[sentenceStart - 1] != "：" {
            sentenceStart -= 1
        }
        let sentence = TextSpan(start: sentenceStart, end: clause.end)
        return refine(unrefinedBefore(clause: clause, in: paragraph), in: sentence) ?? namedSpeaker(in: sentence)
    }

    /// Tails after a speech verb at a clause's end (问了, 喊了一声, 开口了).
    static let verbTails = ["了一声", "了一句话", "了一句", "了起来", "开了", "了", "起来"]

    /// For a clause the words do not parse (爱/v 云/ns 在被窝里说, 润/v 叶/nr): when it ends with a
    /// speech verb, the first learned name in it that is not spoken to.
    func namedSpeaker(in span: TextSpan) -> SpeakerPhrase? {
        guard !names.names.isEmpty, span.start < span.end else { return nil }
        var words = tokenizer.tokens(of: span, in: document).filter { $0.kind != .punctuation && $0.kind != .whitespace }
        while let last = words.last, Self.verbTails.contains(last.text) || last.text == "一声" || last.text == "一句" { words.removeLast() }
        guard let last = words.last, SpeakerPhrase.isVerb(last.text) || last.text.count == 2 && last.text.hasSuffix("说") && last.tag.name.hasPrefix("v"),
              let name = firstName(in: TextSpan(start: span.start, end: last.span.start)) else { return nil }
        return SpeakerPhrase(speaker: name.text, verb: last.text, span: name.span)
    }

    func unrefinedBefore(clause: TextSpan, in paragraph: TextSpan) -> SpeakerPhrase? {
        if let phrase = SpeakerPhrase.parse(tokenizer.tokens(of: clause, in: document)) { return phrase }
        var start = clause.start
        let limit = max(paragraph.start, clause.start - Self.reach)
        while start > limit, !Self.sentenceEnds.contains(scalars[start - 1]),
              QuotationMarks.closers[scalars[start - 1]] == nil, scalars[start - 1] != "：" {
            start -= 1
        }
        guard start < clause.start else { return nil }
        let sentence = TextSpan(start: start, end: clause.end)
        if let phrase = SpeakerPhrase.parse(tokenizer.tokens(of: sentence, in: document)) { return phrase }
        // 他说，当时在城东……，“…”: the sentence opens with the speaker and the verb.
        var firstEnd = start
        while firstEnd < clause.end, !QuotationFinder.clauseBreaks.contains(scalars[firstEnd]) { firstEnd += 1 }
        if firstEnd < clause.start {
            return SpeakerPhrase.parse(tokenizer.tokens(of: TextSpan(start: start, end: firstEnd), in: document))
        }
        return nil
    }

    /// With a colon right before the quotation and no speech verb (他眯着眼睛给记者看收款记录：),
    /// the sentence's subject, when it is a person: a pronoun, a name or a titled name.
    func subjectBeforeColon(_ clause: TextSpan, in paragraph: TextSpan, isPerson: (String) -> Bool) -> SpeakerPhrase? {
        var start = clause.start
        let limit = max(paragraph.start, clause.start - Self.reach)
        while start > limit, !Self.sentenceEnds.contains(scalars[start - 1]),
              QuotationMarks.closers[scalars[start - 1]] == nil, scalars[start - 1] != "：" {
            start -= 1
        }
        var firstEnd = start
        while firstEnd < clause.end, !QuotationFinder.clauseBreaks.contains(scalars[firstEnd]) { firstEnd += 1 }
        let tokens = start < firstEnd ? tokenizer.tokens(of: TextSpan(start: start, end: firstEnd), in: document) : []
        guard let found = SpeakerPhrase.subjectOnly(tokens) else { return nil }
        let words = tokens.filter { $0.kind != .punctuation && $0.kind != .whitespace }
        guard let phrase = refine(SpeakerPhrase(speaker: found, verb: "", span: SpeakerPhrase.span(of: found, in: words)),
                                  in: TextSpan(start: start, end: clause.end)),
              isPerson(phrase.speaker) || names.contains(phrase.speaker) else { return nil }
        return phrase
    }

    /// The speaker after a quotation: “…”张华说。 “…，”她说，“…” “…，”晓棠把行李箱靠在墙边，
    /// 说，“…” — or, between the halves of a split quote, the subject of a short clause
    /// (“胡闹！”德明提高了嗓门，“…”).
    func after(_ mark: QuotationMarks.Found, isPerson: (String) -> Bool = { _ in true }) -> SpeakerPhrase? {
        guard let paragraph = spans.first(where: { $0.start <= mark.close && mark.close < $0.end }) else { return nil }
        var index = mark.close + 1
        if index < paragraph.end, scalars[index] == "，" || scalars[index] == "," { index += 1 }
        let start = index
        while index < paragraph.end, !Self.sentenceEnds.contains(scalars[index]), scalars[index] != "：",
              QuotationMarks.pairs[scalars[index]] == nil, index - start < 30 {
            index += 1
        }
        var end = index
        while end > start, "，,".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        let tokens = tokenizer.tokens(of: TextSpan(start: start, end: end), in: document)
        let sentence = TextSpan(start: start, end: end)
        if let phrase = SpeakerPhrase.parse(tokens) ?? SpeakerPhrase.pointingBack(tokens) ?? SpeakerPhrase.pointingWords(tokens) {
            return refine(phrase, in: sentence)
        }
        var firstEnd = start
        while firstEnd < end, !QuotationFinder.clauseBreaks.contains(scalars[firstEnd]) { firstEnd += 1 }
        // The speaker and verb in the first clause, the sentence going on after a comma:
        // “…”街道党工委书记刘建军告诉记者，今年已经办结…
        if firstEnd < end, let phrase = SpeakerPhrase.parse(tokenizer.tokens(of: TextSpan(start: start, end: firstEnd), in: document))
            ?? SpeakerPhrase.openingSpeaker(tokenizer.tokens(of: TextSpan(start: start, end: firstEnd), in: document)) {
            return refine(phrase, in: sentence)
        }
        // A later clause of the sentence that ends with the speaker and verb: “…”站在新修的步道上，
        // 村民某某笑着说。 “…”面对记者的提问，某某回答说，…
        var clauseStart = firstEnd + 1
        var clauses = 0
        while clauseStart < end, clauses < 3 {
            var clauseEnd = clauseStart
            while clauseEnd < end, !QuotationFinder.clauseBreaks.contains(scalars[clauseEnd]) { clauseEnd += 1 }
            if clauseStart < clauseEnd, let phrase = SpeakerPhrase.parse(
                tokenizer.tokens(of: TextSpan(start: clauseStart, end: clauseEnd), in: document)) {
                return refine(phrase, in: TextSpan(start: clauseStart, end: clauseEnd))
            }
            clauseStart = clauseEnd + 1
            clauses += 1
        }
        if index >= paragraph.end || QuotationMarks.pairs[scalars[index]] == nil, let phrase = namedSpeaker(in: sentence) {
            return phrase
        }
        let firstTokens = tokenizer.tokens(of: TextSpan(start: start, end: firstEnd), in: document)
        let opensParagraph = edges(of: paragraph)?.first == mark.open
        // Split quote: a short clause, then the second half; or a turn of dialogue that opens its
        // paragraph and the sentence after it, whose subject is a person (“真的？”女孩跑过来，…).
        guard firstEnd - start <= 12,
              index < paragraph.end && QuotationMarks.pairs[scalars[index]] != nil || opensParagraph && start == mark.close + 1,
              let subject = SpeakerPhrase.subjectOnly(firstTokens),
              let phrase = refine(SpeakerPhrase(speaker: subject, verb: "", span: SpeakerPhrase.span(
                  of: subject, in: firstTokens.filter { $0.kind != .punctuation })), in: sentence),
              isPerson(phrase.speaker) || names.contains(phrase.speaker) || Self.endsAsPerson(QuoteRules.simplified(phrase.speaker))
        else { return nil }
        return phrase
    }

    /// Characters that put the name after them in the listener's place (问志强, 对他, 告诉记者).
    static let listenerMarks: Set<Unicode.Scalar> = Set("问告诉叫喊劝嘱咐对向跟朝冲给同".unicodeScalars)

    /// Kinship words after a name or pronoun that make another person of it (志强媳妇, 他妈妈).
    static let kin = ["媳妇", "妻子", "丈夫", "老婆", "老伴", "爱人", "爸", "妈", "爹", "娘", "哥", "姐", "弟", "妹", "儿", "女儿",
                      "孙", "叔", "婶", "舅", "姨", "姑", "爷", "奶", "家", "们", "俩", "等", "同志", "一家"]

    /// Speaker phrases put right with the names learned from the essay:
    /// - a pronoun glued to the next character (她笑 → 她),
    /// - a learned name glued to the next characters (少安笑 → 少安, 秀莲警觉地 → 秀莲),
    /// - a subject that names no person (讽言, 情绪) when a learned name stands in the
    ///   sentence before the verb, not as the one spoken to (连平时谨慎的金某也… → 金某).
    func refine(_ phrase: SpeakerPhrase?, in sentence: TextSpan) -> SpeakerPhrase? {
        guard var phrase else { return nil }
        let speaker = phrase.speaker
        let folded = QuoteRules.simplified(speaker)
        func cut(to length: Int) {
            phrase.speaker = String(speaker.prefix(length))
            if let span = phrase.span { phrase.span = TextSpan(start: span.start, end: span.start + length) }
        }
        if let pronoun = ["他们", "她们", "他", "她"].first(where: { folded.hasPrefix($0) }), folded.count > pronoun.count {
            let rest = String(folded.dropFirst(pronoun.count))
            // Anything but a relative (他妈妈) or 自己: 他抗议, 他泪水, 她笑.
            if !Self.kin.contains(where: rest.hasPrefix), !rest.hasPrefix("自己"), !QuoteRules.personNouns.contains(where: rest.hasPrefix) {
                cut(to: pronoun.count)
                return phrase
            }
        }
        if let name = names.longestPrefix(of: speaker), name.count < speaker.count {
            let rest = String(folded.dropFirst(name.count))
            // Only a short remainder that is no title, address, kin or body (江临市…负责人 stays),
            // and one that cannot end a name (金俊海 stays when 金俊 was learned too).
            let junk = rest.count >= 2 || rest.unicodeScalars.first.map { QuoteRules.notInNames.contains($0) || LearnedNames.actions.contains($0) } == true
            // 某某的老伴: someone else.
            if rest.count <= 4, junk, !rest.hasPrefix("的"), !names.contains(folded), !Self.endsAsPerson(folded),
               !QuoteRules.titles.contains(where: rest.hasPrefix), !QuoteRules.addressForms.contains(where: rest.hasPrefix),
               !Self.kin.contains(where: rest.hasPrefix) {
                cut(to: name.count)
                return phrase
            }
        }
        // 村民鞠 + 桂香笑着说: a surname alone after a title, the segmenter having cut the given
        // name off: the one or two characters after it that can stand in a name join it.
        if let span = phrase.span, let last = folded.unicodeScalars.last, !QuoteRules.notInNames.contains(last),
           folded.count == 1 && ChineseNames.surnames.contains(last.value)
            || folded.count > 2 && Self.endsAsPerson(String(folded.dropLast())) && !Self.endsAsPerson(folded) {
            var end = span.end
            while end < min(span.end + 2, sentence.end + 8, scalars.count), LearnedNames.isHan(scalars[end]),
                  !QuoteRules.notInNames.contains(QuoteRules.simplified(scalars[end])), !LearnedNames.actions.contains(scalars[end]),
                  scalars[end] != "地", !QuoteRules.speechVerbs.contains(String(QuoteRules.simplified(scalars[end]))) {
                end += 1
            }
            if end > span.end {
                phrase.speaker = speaker + String(String.UnicodeScalarView(scalars[span.end..<end]))
                phrase.span = TextSpan(start: span.start, end: end)
                return phrase
            }
        }
        // 这时候金俊山, 临毕田福军: a learned name after words that are no title or affiliation.
        if let name = names.longestSuffix(of: speaker), name.count < speaker.count {
            let head = String(folded.dropLast(name.count))
            if !Self.endsAsPerson(head), !head.contains("的"), let last = head.unicodeScalars.last,
               !head.unicodeScalars.contains(where: { Self.listenerMarks.contains($0) }),
               !LearnedNames.placeEnds.contains(last), !QuoteRules.addressForms.contains(where: head.hasSuffix) {
                phrase.speaker = String(speaker.suffix(name.count))
                if let span = phrase.span { phrase.span = TextSpan(start: span.end - name.count, end: span.end) }
                return phrase
            }
        }
        if !looksLikePerson(folded), !readsAsName(phrase.span), let name = firstName(in: sentence, except: phrase.listener) {
            phrase.speaker = name.text
            phrase.span = name.span
        }
        return phrase
    }

    /// Whether a phrase ends with a title, form of address, noun for a person or body.
    static func endsAsPerson(_ folded: String) -> Bool {
        var text = folded
        if text.hasSuffix("们") { text.removeLast() }
        return QuoteRules.titles.contains(where: text.hasSuffix) || QuoteRules.addressForms.contains(where: text.hasSuffix)
            || QuoteRules.organizationSuffixes.contains(where: text.hasSuffix) || QuoteRules.personNouns.contains(where: text.hasSuffix)
    }

    /// Whether a speaker phrase can name a person or a body that speaks: a pronoun, a learned
    /// name, a title or form of address or an organisation at its end, a citation's source, or a
    /// short string that starts with a surname.
    func looksLikePerson(_ folded: String) -> Bool {
        var text = folded
        if let of = text.lastIndex(of: "的"), text.index(after: of) < text.endIndex { text = String(text[text.index(after: of)...]) }
        if text.hasSuffix("们") { text.removeLast() }
        guard let first = text.unicodeScalars.first else { return false }
        return QuoteRules.pronouns.contains(text) || names.contains(text) || names.longestSuffix(of: text) != nil
            || SpeakerNames.isCitationSource(text)
            || QuoteRules.titles.contains(where: text.hasSuffix) || QuoteRules.addressForms.contains(where: text.hasSuffix)
            || QuoteRules.organizationSuffixes.contains(where: text.hasSuffix) || QuoteRules.personNouns.contains(where: text.hasSuffix)
            || text.count <= 4 && ChineseNames.surnames.contains(first.value)
            || SpeakerNames.pointer(text) != nil
    }

    /// Whether the words at `span` read as a name the lexicon lacks: single characters only
    /// (春 燕, 少 安), or a word tagged as a name.
    func readsAsName(_ span: TextSpan?) -> Bool {
        guard let span, span.start < span.end else { return false }
        let words = tokenizer.tokens(of: span, in: document).filter { $0.kind == .word }
        return words.count >= 2 && words.allSatisfy { $0.text.count == 1 } || words.contains { $0.tag.isPersonName }
    }

    /// The first learned name in `sentence` that is not spoken to (对 NAME, 对…的 NAME, or the
    /// listener `except`).
    func firstName(in sentence: TextSpan, except listener: String? = nil) -> (text: String, span: TextSpan)? {
        guard !names.names.isEmpty else { return nil }
        var index = sentence.start
        while index < sentence.end {
            for length in stride(from: min(4, sentence.end - index), through: 2, by: -1) {
                let candidate = String(String.UnicodeScalarView(scalars[index..<(index + length)]))
                guard names.contains(candidate) else { continue }
                if let listener, listener.hasSuffix(candidate) { break }
                var listener = false
                var back = index - 1
                while back >= max(sentence.start, index - 12), !QuotationFinder.clauseBreaks.contains(scalars[back]) {
                    let character = String(QuoteRules.simplified(scalars[back]))
                    if SpeakerPhrase.listenerPrepositions.contains(character) || Self.listenerMarks.contains(scalars[back]) {
                        listener = true
                        break
                    }
                    back -= 1
                }
                if !listener { return (candidate, TextSpan(start: index, end: index + length)) }
                break
            }
            index += 1
        }
        return nil
    }

    /// The first and last characters of a paragraph that are not white space.
    func edges(of span: TextSpan) -> (first: Int, last: Int)? {
        var first = span.start, last = span.end - 1
        while first <= last, scalars[first].properties.isWhitespace { first += 1 }
        while last >= first, scalars[last].properties.isWhitespace { last -= 1 }
        return first <= last ? (first, last) : nil
    }

    /// Whether the quotation is all its paragraph holds (a turn of dialogue).
    func isQuoteOnly(_ mark: QuotationMarks.Found) -> Bool {
        guard let edges = edges(of: spans[mark.paragraph]) else { return false }
        return edges.first == mark.open && (edges.last == mark.close || edges.last == mark.close + 1 && scalars[edges.last] == "。")
    }

    /// A speaker in the paragraph before or after a quotation that opens its paragraph: the
    /// paragraph before ends with SPEAKER VERB： (他对司机说：), or the quotation fills its
    /// paragraph and the next one opens with SPEAKER VERB (少安说。, 春燕说着，…).
    func adjacentSpeaker(of mark: QuotationMarks.Found) -> SpeakerPhrase? {
        guard let edges = edges(of: spans[mark.paragraph]), edges.first == mark.open else { return nil }
        if mark.paragraph > 0, let previous = self.edges(of: spans[mark.paragraph - 1]),
           scalars[previous.last] == "：" || scalars[previous.last] == ":" {
            var start = previous.last
            while start > max(spans[mark.paragraph - 1].start, previous.last - Self.reach), !QuotationFinder.clauseBreaks.contains(scalars[start - 1]),
                  QuotationMarks.closers[scalars[start - 1]] == nil {
                start -= 1
            }
            let clause = TextSpan(start: start, end: previous.last)
            if let phrase = before(clause: clause, in: spans[mark.paragraph - 1]) { return phrase }
            // 少平笑了：, 吴某马上开腔了： a line that ends with a colon and no speech verb: its
            // sentence's subject, when it is a person.
            if let phrase = subjectBeforeColon(clause, in: spans[mark.paragraph - 1], isPerson: { subject in
                let folded = QuoteRules.simplified(subject)
                return QuoteRules.pronouns.contains(folded) || names.contains(folded) || Self.endsAsPerson(folded)
            }) {
                return phrase
            }
        }
        guard isQuoteOnly(mark), mark.paragraph + 1 < spans.count, let next = self.edges(of: spans[mark.paragraph + 1]),
              QuotationMarks.pairs[scalars[next.first]] == nil else { return nil }
        var end = next.first
        while end <= next.last, !QuotationFinder.clauseBreaks.contains(scalars[end]), end - next.first < 12 { end += 1 }
        guard end <= next.last else { return nil }
        var tokens = tokenizer.tokens(of: TextSpan(start: next.first, end: end), in: document)
        // 说着: the verb with its aspect particle.
        if tokens.last?.text == "着" { tokens.removeLast() }
        if let phrase = refine(SpeakerPhrase.parse(tokens), in: TextSpan(start: next.first, end: end)) { return phrase }
        // 少平点着烟，疑惑地问。: the first sentence ends with the verb and opens with a learned name.
        var sentenceEnd = next.first
        while sentenceEnd <= next.last, !Self.sentenceEnds.contains(scalars[sentenceEnd]), sentenceEnd - next.first < 40 { sentenceEnd += 1 }
        guard sentenceEnd <= next.last, Self.sentenceEnds.contains(scalars[sentenceEnd]) else { return nil }
        return namedSpeaker(in: TextSpan(start: next.first, end: sentenceEnd))
    }

    /// Whom a pointing word (该负责人 → 负责人, 这位专家 → 专家) refers to: the last noun
    /// phrase before `offset` that ends with `word`, or the name right after it (专家柯文博).
    func pointedTo(_ word: String, before offset: Int, people: PeopleIndex) -> String? {
        let needle = Array(word.unicodeScalars)
        var index = offset - needle.count
        let stop = max(0, offset - 2_000)  // a bound on the work for each pointing word
        while index >= stop {
            if Array(scalars[index..<(index + needle.count)]) == needle, index == 0 || !["该", "位", "名"].contains(String(scalars[index - 1])) {
                // A name right after the word.
                if let person = people.recent(before: index + needle.count + 1, limit: 1).first,
                   person.offset == index + needle.count { return person.name }
                // The noun phrase that ends with the word.
                guard let span = spans.first(where: { $0.start <= index && index < $0.end }) else { return nil }
                var start = index
                while start > span.start, !QuotationFinder.clauseBreaks.contains(scalars[start - 1]),
                      QuotationMarks.pairs[scalars[start - 1]] == nil, index - start < 16 {
                    start -= 1
                }
                let tokens = tokenizer.tokens(of: TextSpan(start: start, end: index + needle.count), in: document)
                var text = SpeakerPhrase.trailingNounPhrase(tokens)
                // 据县住建局相关负责人介绍: 据 opens the clause, it is not part of the phrase.
                for opener in ["据", "经", "由", "对", "向"] where text.hasPrefix(opener) { text.removeFirst(opener.count) }
                return text.count > word.count ? text : nil
            }
            index -= 1
        }
        // Not named with that word (这位专家 after 副教授柯文博): the last person named.
        return people.recent(before: offset, limit: 1).first?.name
    }
}

/// The scene of a run of dialogue, so that an unattributed turn gets the right speaker: the
/// last two speakers (turns alternate between them), the person the last turn addressed (对少安说:
/// 少安 answers), and who narration names between turns (someone new breaks the run).
struct DialogueScene {
    private var last: (name: String, paragraph: Int, offset: Int, listener: String?)?
    private var other: String?

    /// The speaker of an unattributed turn in `paragraph`: the person the last turn addressed,
    /// else the other of the last two people, when the last turn was at most three paragraphs
    /// before; before the second person has spoken, the most recent person mentioned who is
    /// not the last speaker. `recent` are the people named before the turn, most recent first;
    /// one named since the last turn who is neither of the two ends the run (no speaker).
    func nextSpeaker(paragraph: Int, recent: [Person] = []) -> String? {
        guard let last, paragraph - last.paragraph <= 3 else { return nil }
        let since = recent.prefix { $0.offset > last.offset }.map(\.name)
        if since.contains(where: { $0 != last.name && $0 != other && $0 != last.listener }), other != nil || last.listener != nil {
            return nil
        }
        if let listener = last.listener, listener != last.name { return listener }
        return other ?? recent.map(\.name).first { $0 != last.name }
    }

    /// A turn of dialogue nobody could be named for: who speaks next is unknown.
    mutating func lose() {
        last = nil
        other = nil
    }

    /// `name` spoke a turn ending at `offset`, addressed to `listener` when the text says so.
    mutating func record(_ name: String, listener: String?, paragraph: Int, offset: Int = 0) {
        if let last, last.name != name { other = last.name }
        last = (name, paragraph, offset, listener == name ? nil : listener)
    }
}
