import ZhTextCore

/// Finds the quotations of documents and attributes them: kind, speaker and verb.
///
/// Frames, tried in this order for each outermost quotation:
/// - speaker and verb before it, with or without a colon: 市长张华在会上强调：“…”; time or
///   place phrases (在宁德工作时) and adverbs (动情地) between speaker and verb are skipped;
///   正如…所说, 用…的话说 and …曾说过 are understood;
/// - possessive: 习近平总书记“…”的（最新）要求 — a titled speaker right before the quotation and
///   的 + 要求/指示/讲话/号召/论述 after it (this strict frame applies to short quotations too);
/// - speaker and verb after it: “…”张华说。 and split quotes “…，”她说，“…。”;
/// - citations: a source such as 《论语》, 古人, 俗话 or 子 in place of the speaker.
/// Short quotations without sentence punctuation are terms (“四下基层”) unless a colon frame
/// introduces them; a term never gets a speaker. Pronouns resolve to the last named person
/// of the essay. Quotations inside quotations are reported too, without a speaker.
public struct QuotationFinder: Sendable {
    /// Alias → canonical name, from `--aliases`.
    public var aliases: [String: String]
    /// With a lexicon, people mentioned in the text (names the segmenter recovers, which the
    /// lexicon does not know) count for pronouns too, not only people quoted by name.
    public var lexicon: Lexicon?

    /// A finder; `aliases` maps names as written to canonical ones, and `lexicon`, when given, lets people mentioned in the text count for pronouns.
    public init(aliases: [String: String] = [:], lexicon: Lexicon? = nil) {
        self.aliases = aliases
        self.lexicon = lexicon
    }

    /// People mentioned by name in an essay, with the offset of each mention: words of two or
    /// three characters that start with an unambiguous surname and that the lexicon does not
    /// know (the segmenter joined them as a name) or, of three characters, tags as a name, and
    /// a surname followed by a title (王老师).
    func mentions(in essay: Essay, of document: Document, tokenizer: DocumentTokenizer?) -> [(offset: Int, name: String)] {
        guard let tokenizer, let lexicon else { return [] }
        var result: [(Int, String)] = []
        var surnames = SurnameFolding()
        for paragraph in essay.paragraphs {
            let tokens = tokenizer.tokens(of: paragraph.span, in: document)
            for (index, token) in tokens.enumerated() where token.kind == .word {
                let scalars = Array(token.text.unicodeScalars)
                // A surname and a title: 王老师, 张书记.
                if scalars.count == 1, surnames.isSurname(scalars[0].value), index + 1 < tokens.count,
                   QuoteRules.isTitle(tokens[index + 1].text) || QuoteRules.addressForms.contains(QuoteRules.simplified(tokens[index + 1].text)) {
                    result.append((token.span.start, token.text + tokens[index + 1].text))
                    continue
                }
                // 老 周: 老 or 小 and a surname as two words.
                if token.text == "老" || token.text == "小", index + 1 < tokens.count, tokens[index + 1].text.count == 1,
                   ChineseNames.surnames.contains(tokens[index + 1].text.unicodeScalars.first!.value) {
                    result.append((token.span.start, token.text + tokens[index + 1].text))
                    continue
                }
                // Given names the lexicon lists as such (志强).
                if token.tag.name == "nrfg", (2...3).contains(scalars.count) {
                    result.append((token.span.start, token.text))
                    continue
                }
                // 老周, 小王: a surname after 老 or 小.
                if scalars.count == 2, scalars[0] == "老" || scalars[0] == "小", ChineseNames.surnames.contains(scalars[1].value),
                   lexicon.cost(of: token.text) == nil {
                    result.append((token.span.start, token.text))
                    continue
                }
                guard (2...3).contains(scalars.count), surnames.isSurname(scalars[0].value),
                      !ChineseNames.ambiguousSurnames.contains(surnames.simplified(scalars[0].value)),
                      lexicon.cost(of: token.text) == nil || (scalars.count == 3 && token.tag.isPersonName)
                else { continue }
                result.append((token.span.start, token.text))
            }
        }
        return result
    }

    /// Surnames in either script: a Traditional character (陳, 劉) counts as the Simplified one
    /// it stands for, looked up with ICU's transliterator the first time it is met.
    struct SurnameFolding {
        private var folded: [UInt32: UInt32] = [:]
        private var transliterator: ICUTransliterator?
        private var tried = false

        mutating func simplified(_ value: UInt32) -> UInt32 {
            if let scalar = Unicode.Scalar(value) { return QuoteRules.simplified(scalar).value }
            if ChineseNames.surnames.contains(value) { return value }
            if let known = folded[value] { return known }
            if !tried {
                tried = true
                transliterator = try? ICUTransliterator(id: "Traditional-Simplified")
            }
            var result = value
            if let transliterator, let scalar = Unicode.Scalar(value),
               let mapped = transliterator.transliterate(String(scalar)).unicodeScalars.first, mapped != scalar {
                result = mapped.value
            }
            folded[value] = result
            return result
        }

        mutating func isSurname(_ value: UInt32) -> Bool { ChineseNames.surnames.contains(simplified(value)) }
    }

    /// Reads an aliases file: one person per line, the canonical name first, then aliases.
    public static func aliases(fromText text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let names = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "，" }).map(String.init)
            guard let canonical = names.first, !canonical.hasPrefix("#") else { continue }
            for alias in names { result[alias] = canonical }
        }
        return result
    }

    /// Speech verbs longest first (`Data/speech-verbs.txt`), for the character patterns.
    static var verbs: [String] { QuoteRules.speechVerbsLongestFirst }

    static let possessiveNouns: [String] = ["重要指示", "重要讲话", "重要论述", "指示精神", "要求", "指示", "讲话", "号召", "论述", "嘱托"]
        .sorted { $0.count > $1.count }

    static let clauseBreaks: Set<Unicode.Scalar> = ["。", "！", "？", "；", "，", "、", "”", "」", "』", "’", "!", "?", ";", ","]
    static let sentenceMarks: Set<Unicode.Scalar> = ["。", "！", "？", "；", "，", "!", "?", ";", ","]

    /// All quotations of `document`, in text order.
    ///
    /// Work is linear in the text (n log n with sorting): every look around a quotation is
    /// bounded, and paragraphs and people are found by binary search. `steps`, when given,
    /// counts the characters and spans looked at.
    public func quotations(in document: Document) -> [Quotation] {
        quotations(in: document, steps: nil)
    }

    func quotations(in document: Document, steps: WorkCounter?) -> [Quotation] {
        var names = SpeakerNames(aliases: aliases)
        names.startDocument()
        var result: [Quotation] = []
        var known = KnownSpeakers()
        let scalars = document.scalars
        // One tokenizer for the document: it learns the document's own words once.
        let tokenizer = lexicon.map { DocumentTokenizer(lexicon: $0) }
        for essay in document.essays {
            names.startEssay()
            let spans = essay.paragraphs.map(\.span)
            // People mentioned (in text order) and people quoted (in order of their quotations).
            let mentioned = mentions(in: essay, of: document, tokenizer: tokenizer)
            // Names learned from the essay itself, for speakers the segmenter cuts wrong; where
            // they stand counts for pronouns too (少安 where the segmenter saw no name).
            let learned = tokenizer == nil ? LearnedNames() : LearnedNames.learn(
                from: spans, of: scalars, mentions: mentioned.map(\.name), lexicon: lexicon, steps: steps)
            var mentionedAt = Dictionary(mentioned.map { ($0.offset, $0.name) }, uniquingKeysWith: { first, _ in first })
            for occurrence in learned.occurrences(in: spans, of: scalars, steps: steps) {
                // A learned name replaces the segmenter's glued one at the same place (少平看 → 少平).
                if let known = mentionedAt[occurrence.offset], !learned.contains(known) || known.count <= occurrence.name.count {
                    mentionedAt[occurrence.offset] = occurrence.name
                } else if mentionedAt[occurrence.offset] == nil {
                    mentionedAt[occurrence.offset] = occurrence.name
                }
            }
            // Pointing words read the segmenter's people; pronouns and the scene the learned ones too.
            var female: [String: Bool?] = [:]
            func isFemale(_ name: String) -> Bool? {
                if let known = female[name] { return known }
                let result = SpeakerNames.isFemale(name)
                female[name] = result
                return result
            }
            var people = PeopleIndex(mentioned: mentioned.map {
                Person(offset: $0.offset, name: $0.name, isFemale: isFemale($0.name))
            })
            var scenePeople = PeopleIndex(mentioned: mentionedAt.sorted { $0.key < $1.key }.map {
                Person(offset: $0.key, name: $0.value, isFemale: isFemale($0.value))
            })
            let found = QuotationMarks.find(in: spans, of: scalars, steps: steps)
            let turns = TranscriptTurns.find(in: spans, of: scalars, steps: steps)
            let turnParagraphs = Set(turns.map(\.paragraph))
            var nextTurn = 0
            var interviewee: (name: String, found: Bool)?
            var previous: (speaker: String, canonical: String, verb: String, end: Int, speakerSpan: TextSpan?)?
            var scene = DialogueScene()
            let context = tokenizer.map { AttributionContext(document: document, spans: spans, tokenizer: $0, names: learned) }

            /// The transcript turns that start before `offset`, as quotations.
            func emitTurns(before offset: Int) {
                while nextTurn < turns.count, turns[nextTurn].content.start <= offset {
                    let turn = turns[nextTurn]
                    nextTurn += 1
                    let paragraph = essay.paragraphs[turn.paragraph]
                    var canonical: String
                    switch turn.role {
                    case .interviewer?: canonical = "记者"
                    case .interviewee?:
                        if interviewee == nil {
                            interviewee = (Self.interviewee(before: turns[0].content.start, from: spans.first?.start ?? 0, people: people, scalars: scalars) ?? "", true)
                        }
                        canonical = interviewee?.name ?? ""
                    case .this?, nil: canonical = names.canonical(turn.label)
                    }
                    if !canonical.isEmpty, turn.role != .interviewer {
                        known.insert(canonical)
                        people.quoted(Person(offset: turn.labelSpan.start, name: canonical, isFemale: nil))
                        scenePeople.quoted(Person(offset: turn.labelSpan.start, name: canonical, isFemale: nil))
                    }
                    result.append(Quotation(
                        document: document.source, essay: essay.number, section: paragraph.section, paragraph: paragraph.number,
                        kind: .speech, speaker: canonical.isEmpty ? "" : turn.label, canonicalSpeaker: canonical, verb: "",
                        method: canonical.isEmpty ? .none : .turn,
                        speakerSpan: canonical.isEmpty ? nil : document.shifted(turn.labelSpan),
                        text: String(String.UnicodeScalarView(scalars[turn.content.start..<turn.content.end])),
                        span: document.shifted(turn.content), recovered: false))
                }
            }

            for mark in found {
                emitTurns(before: mark.open)
                let paragraph = essay.paragraphs[mark.paragraph]
                let inTurn = turnParagraphs.contains(mark.paragraph)
                let text = quotedText(mark, spans: spans, scalars: scalars, steps: steps)
                var kind: Quotation.Kind = looksLikeTerm(text) ? .term : .speech
                // 某某告诉记者，…，“一共省下了二十多万元”。: a short quotation that ends the sentence
                // after a comma is read as speech when a speaker frame is found for it.
                let sentenceTail = kind == .term && mark.depth == 0 && Self.endsSentenceAfterComma(mark, scalars: scalars)
                var speaker = "", verb = "", method = Quotation.Method.none
                var speakerSpan: TextSpan?
                var listener: String?
                if mark.depth == 0 {
                    var frame = attribution(of: mark, in: paragraph.span, paragraphs: spans, scalars: scalars,
                                            termLike: kind == .term && !sentenceTail, known: known, context: context, steps: steps)
                    if sentenceTail {
                        // Only a speaker named with a speech verb makes the tail speech.
                        if frame.speaker.isEmpty || frame.verb.isEmpty || SpeakerNames.isCitationSource(frame.speaker) {
                            frame = Frame()
                        } else {
                            kind = .speech
                        }
                    }
                    speaker = frame.speaker
                    verb = frame.verb
                    speakerSpan = frame.span
                    listener = frame.listener
                    if !speaker.isEmpty { method = .frame }
                    if speaker.isEmpty, let previous, kind == .speech, splitContinues(mark, after: previous.end, scalars, context: context) {
                        // The second half of a split quote: “…，”她说，“…。”
                        speaker = previous.speaker
                        verb = previous.verb
                        speakerSpan = previous.speakerSpan
                        method = .frame
                    }
                    if speaker.isEmpty, kind == .speech, !inTurn, let context {
                        if let adjacent = context.adjacentSpeaker(of: mark) {
                            (speaker, verb, method) = (adjacent.speaker, adjacent.verb, .adjacent)
                            speakerSpan = adjacent.span
                            listener = adjacent.listener
                        }
                    }
                    if !speaker.isEmpty { kind = SpeakerNames.isCitationSource(speaker) ? .citation : .speech }
                }
                var canonical = ""
                var anonymous = false
                if !speaker.isEmpty, kind != .citation, let described = Self.anonymousDescription(
                    speaker, span: speakerSpan, scalars: scalars, paragraph: paragraph.span) {
                    // 一位不愿透露姓名的村民, 有网友: the description is the speaker.
                    canonical = described
                    anonymous = true
                } else {
                    canonical = names.canonical(speaker)
                }
                if anonymous {
                    // Not a person later pronouns refer to.
                } else if let pointed = SpeakerNames.pointer(speaker) {
                    // 该负责人, 这位专家: whoever the text named with that word before (for a
                    // title, its last holder: 这位书记).
                    if canonical == speaker || !QuoteRules.isTitle(pointed) {
                        canonical = context?.pointedTo(pointed, before: mark.open, people: people) ?? canonical
                    }
                    if method == .frame { method = .pronoun }
                } else if QuoteRules.pronouns.contains(QuoteRules.simplified(speaker)) {
                    // The nearest person named before the quotation, of the pronoun's gender.
                    let female = QuoteRules.pronounGenders[QuoteRules.simplified(speaker)] == .female
                    let male = QuoteRules.pronounGenders[QuoteRules.simplified(speaker)] == .male
                    let candidates = scenePeople.recent(before: mark.open).filter { $0.name != listener }
                    // 她: a person the text marks as a woman among the last few, else anyone not marked a man.
                    let match = (female ? candidates.prefix(4).first(where: { $0.isFemale == true }) : nil)
                        ?? candidates.first(where: { female ? $0.isFemale != false : !male || $0.isFemale != true })
                        ?? candidates.first
                    canonical = match?.name ?? canonical
                    if method == .frame { method = .pronoun }
                } else if !canonical.isEmpty, kind != .citation, (2...12).contains(canonical.count) {
                    people.quoted(Person(offset: mark.open, name: canonical, isFemale: SpeakerNames.isFemale(speaker)))
                    scenePeople.quoted(Person(offset: mark.open, name: canonical, isFemale: SpeakerNames.isFemale(speaker)))
                }
                if mark.depth == 0, kind == .speech, !inTurn, let context {
                    let quoteOnly = context.isQuoteOnly(mark)
                    if canonical.isEmpty, quoteOnly, let next = scene.nextSpeaker(
                        paragraph: mark.paragraph, recent: scenePeople.recent(before: mark.open)) {
                        canonical = next
                        speaker = next
                        method = .alternation
                        speakerSpan = nil
                    }
                    if canonical.isEmpty, quoteOnly { scene.lose() }
                    if !canonical.isEmpty, !anonymous {
                        let addressed = listener.flatMap { Self.addressedPerson($0, names: names, known: known, learned: learned) }
                        scene.record(canonical, listener: addressed, paragraph: mark.paragraph, offset: mark.close)
                    }
                }
                if !canonical.isEmpty, !anonymous { known.insert(canonical) }
                if mark.depth == 0 { previous = (speaker, canonical, verb, mark.close, speakerSpan) }
                if speakerSpan == nil, !speaker.isEmpty, method != .alternation {
                    speakerSpan = Self.locate(speaker, near: mark, in: spans, scalars: scalars)
                }
                if canonical.isEmpty && speaker.isEmpty { method = .none; speakerSpan = nil }
                result.append(Quotation(
                    document: document.source, essay: essay.number, section: paragraph.section,
                    paragraph: paragraph.number, kind: kind, speaker: speaker, canonicalSpeaker: canonical, verb: verb,
                    method: method, speakerSpan: speakerSpan.map(document.shifted), isAnonymous: anonymous && !canonical.isEmpty,
                    text: text,
                    span: document.shifted(TextSpan(start: mark.contentStart, end: mark.contentEnd)),
                    recovered: mark.recovered))
            }
            emitTurns(before: Int.max)
        }
        return result
    }

    /// The person a listener phrase names (邻居老宋 → 老宋, 丈夫志强 → 志强, 儿子 → 儿子), or nil
    /// when it names none (镜头) or only a pronoun.
    static func addressedPerson(_ listener: String, names: SpeakerNames, known: KnownSpeakers, learned: LearnedNames) -> String? {
        let name = names.canonicalWithoutMemory(listener)
        let folded = QuoteRules.simplified(name)
        if QuoteRules.pronouns.contains(folded) { return nil }
        if let person = known.longestSuffix(of: name) ?? learned.longestSuffix(of: name) { return person }
        let scalarsOfName = Array(folded.unicodeScalars)
        // 老宋, 小王 at the end.
        if scalarsOfName.count >= 2, ["老", "小"].contains(scalarsOfName[scalarsOfName.count - 2]),
           ChineseNames.surnames.contains(scalarsOfName[scalarsOfName.count - 1].value) { return String(name.suffix(2)) }
        if (2...3).contains(scalarsOfName.count), ChineseNames.surnames.contains(scalarsOfName[0].value) { return name }
        if AttributionContext.endsAsPerson(folded) || AttributionContext.kin.contains(folded) { return name }
        return nil
    }

    /// Where `speaker` (as written) stands nearest a quotation: before it in its paragraph or
    /// the paragraph before, else after it in its paragraph or the next one. A bounded search.
    static func locate(_ speaker: String, near mark: QuotationMarks.Found, in spans: [TextSpan],
                       scalars: [Unicode.Scalar]) -> TextSpan? {
        let needle = Array(speaker.unicodeScalars)
        guard !needle.isEmpty else { return nil }
        let paragraph = mark.paragraph
        let lower = paragraph > 0 ? spans[paragraph - 1].start : spans[paragraph].start
        let upper = paragraph + 1 < spans.count ? spans[paragraph + 1].end : spans[paragraph].end
        func matches(_ start: Int) -> Bool {
            start >= 0 && start + needle.count <= scalars.count && needle.indices.allSatisfy { scalars[start + $0] == needle[$0] }
        }
        var start = mark.open - needle.count
        while start >= max(lower, mark.open - 200) {
            if matches(start) { return TextSpan(start: start, end: start + needle.count) }
            start -= 1
        }
        start = mark.close + 1
        while start + needle.count <= min(upper, mark.close + 200) {
            if matches(start) { return TextSpan(start: start, end: start + needle.count) }
            start += 1
        }
        return nil
    }

    /// The person a transcript introduces before its first turn (答 is them): the one named
    /// after 专访, 采访, 对话 or 访谈, else the first person named.
    static func interviewee(before offset: Int, from start: Int, people: PeopleIndex, scalars: [Unicode.Scalar]) -> String? {
        let named = people.recent(before: offset)
        // The words after 专访, 采访 … to the next punctuation, titles off (研究员覃雁 → 覃雁).
        let intro = Array(scalars[start..<offset])
        let introText = String(String.UnicodeScalarView(intro.map(QuoteRules.simplified)))
        for verb in ["专访", "采访", "对话", "访谈"] {
            guard let range = introText.literalRange(of: verb) else { continue }
            var after = introText.distance(from: introText.startIndex, to: range.upperBound)
            if after < intro.count, intro[after] == "了" { after += 1 }
            var end = after
            while end < intro.count, end - after < 14, CharacterClassTable.of(intro[end].value) == .han { end += 1 }
            let phrase = String(String.UnicodeScalarView(intro[after..<end]))
            if let person = named.first(where: { phrase.hasSuffix($0.name) }) { return person.name }
            let name = SpeakerNames().canonicalWithoutMemory(phrase)
            if (2...4).contains(name.count), name != phrase || phrase.count <= 3,
               ChineseNames.surnames.contains(QuoteRules.simplified(name.unicodeScalars.first!).value) { return name }
        }
        guard !named.isEmpty else { return nil }
        for person in named {
            let from = max(0, person.offset - 12)
            let before = String(String.UnicodeScalarView(scalars[from..<person.offset]))
            if ["专访", "采访", "对话", "访谈", "访问", "專訪", "採訪", "對話", "訪談"].contains(where: before.includes) { return person.name }
        }
        return named.last?.name
    }

    /// The description of an anonymous speaker, or nil when the speaker is named: a speaker
    /// marked unnamed (不愿透露姓名的, 知情人士) or opened by an indefinite word (一位, 有) in the
    /// text or right before it is its description after the last 的 (一位不愿透露姓名的村民 → 村民).
    static func anonymousDescription(_ speaker: String, span: TextSpan?, scalars: [Unicode.Scalar], paragraph: TextSpan) -> String? {
        var before = ""
        if let span {
            var start = span.start
            while start > max(paragraph.start, span.start - 16), !clauseBreaks.contains(scalars[start - 1]),
                  QuotationMarks.pairs[scalars[start - 1]] == nil {
                start -= 1
            }
            before = String(String.UnicodeScalarView(scalars[start..<span.start]))
        }
        let whole = QuoteRules.simplified(before + speaker)
        let marked = QuoteRules.anonymityMarks.contains(where: whole.includes)
        let foldedSpeaker = QuoteRules.simplified(speaker)
        let foldedBefore = QuoteRules.simplified(before)
        let opener = QuoteRules.indefiniteOpeners.first { foldedSpeaker.hasPrefix($0) || foldedBefore.hasSuffix($0) && !foldedBefore.isEmpty }
        guard marked || opener != nil else { return nil }
        var description = Substring(speaker)
        if let of = description.lastIndex(of: "的") { description = description[description.index(after: of)...] }
        // 某街道一名网格员: after the last indefinite word of two characters, or one at the start.
        let foldedDescription = QuoteRules.simplified(String(description))
        if let last = QuoteRules.indefiniteOpeners.filter({ $0.count >= 2 })
            .compactMap({ foldedDescription.literalRange(of: $0, backwards: true).map { range in
                foldedDescription.distance(from: foldedDescription.startIndex, to: range.upperBound) } }).max() {
            description = description.dropFirst(last)
        } else if let opener, QuoteRules.simplified(String(description)).hasPrefix(opener) {
            description = description.dropFirst(opener.count)
        }
        // 知情人士, 业内人士 are the description themselves.
        let result = String(description)
        guard !result.isEmpty, result.count <= 12, !QuoteRules.pronouns.contains(QuoteRules.simplified(result)) else { return nil }
        // A name after the description (一位村民张三) is no anonymous source.
        if !marked, result.count <= 4, ChineseNames.surnames.contains(result.unicodeScalars.first!.value),
           !QuoteRules.titles.contains(where: QuoteRules.simplified(result).hasSuffix) { return nil }
        return result
    }

    /// The index of the first of `spans` (in text order, not overlapping) that ends after `offset`.
    static func firstSpan(endingAfter offset: Int, in spans: [TextSpan]) -> Int {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The quoted text; across paragraphs, paragraphs join with a line break and lose the
    /// mark that reopens them.
    func quotedText(_ mark: QuotationMarks.Found, spans: [TextSpan], scalars: [Unicode.Scalar],
                    steps: WorkCounter? = nil) -> String {
        var pieces: [String] = []
        var index = Self.firstSpan(endingAfter: mark.contentStart, in: spans)
        steps?.add(Int.bitWidth - spans.count.leadingZeroBitCount)
        while index < spans.count, spans[index].start < mark.contentEnd {
            let span = spans[index]
            index += 1
            steps?.add(1 + max(0, min(span.end, mark.contentEnd) - max(span.start, mark.contentStart)))
            var start = max(span.start, mark.contentStart)
            let end = min(span.end, mark.contentEnd)
            if start == span.start, start < end, QuotationMarks.pairs[scalars[start]] != nil, !pieces.isEmpty { start += 1 }
            pieces.append(String(String.UnicodeScalarView(scalars[start..<end])))
        }
        return pieces.joined(separator: "\n")
    }

    /// Whether a quotation stands right after a comma and right before the sentence's end
    /// (，“…”。): the tail of a sentence, as reported speech is quoted.
    static func endsSentenceAfterComma(_ mark: QuotationMarks.Found, scalars: [Unicode.Scalar]) -> Bool {
        guard mark.open > 0, mark.close + 1 < scalars.count else { return false }
        return (scalars[mark.open - 1] == "，" || scalars[mark.open - 1] == ",")
            && ["。", "！", "？", "!", "?"].contains(scalars[mark.close + 1])
    }

    /// Short, without sentence punctuation: a term, slogan or emphasis.
    func looksLikeTerm(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        // A quotation ending with a comma is the first half of a split quote.
        if let last = scalars.last, last == "，" || last == "," || last == "…" || last == "—" { return false }
        return scalars.count <= 12 && !scalars.contains { "。！？；：!?;:".unicodeScalars.contains($0) }
    }

    /// Whether a quotation follows the previous one after only a short frame such as ，她说，
    /// (with words: any short clause with a subject, “胡闹！”德明提高了嗓门，“…”).
    func splitContinues(_ mark: QuotationMarks.Found, after end: Int, _ scalars: [Unicode.Scalar],
                        context: AttributionContext? = nil) -> Bool {
        guard end < mark.open, mark.open - end <= 16 else { return false }
        let between = String(String.UnicodeScalarView(scalars[(end + 1)..<mark.open]))
        guard !between.includes("。"), !between.includes("！"), !between.includes("？"),
              !between.contains(where: \.isNewline) else { return false }
        let folded = QuoteRules.simplified(between)
        return context != nil && mark.open - end <= 14 || Self.verbs.contains { folded.includes($0) }
    }

    struct Frame {
        var speaker = ""
        var verb = ""
        /// Where the speaker stands (scalar offsets in the document), when known.
        var span: TextSpan? = nil
        /// The person spoken to, when the frame names one.
        var listener: String? = nil

        init(speaker: String = "", verb: String = "", span: TextSpan? = nil, listener: String? = nil) {
            (self.speaker, self.verb, self.span, self.listener) = (speaker, verb, span, listener)
        }

        init(_ phrase: SpeakerPhrase) {
            self.init(speaker: phrase.speaker, verb: phrase.verb, span: phrase.span, listener: phrase.listener)
        }
    }

    /// How far back from a quotation its frame is looked for, in characters: far more than a
    /// speaker, a title and the words between them take (a speaker has at most 16 characters),
    /// and a bound on the work for each quotation.
    static let frameReach = 64

    func attribution(
        of mark: QuotationMarks.Found, in paragraph: TextSpan, paragraphs: [TextSpan], scalars: [Unicode.Scalar],
        termLike: Bool, known: KnownSpeakers, context: AttributionContext? = nil, steps: WorkCounter? = nil
    ) -> Frame {
        // Text before the quotation (past a colon or comma right before it), back to the last
        // sentence or clause break (or, reading words, a colon: 周永康说：江泽民同志在报告中强调
        // “…”), at most `frameReach` characters.
        let limit = max(paragraph.start, mark.open - Self.frameReach)
        var start = mark.open
        while start > limit, "：:，, ".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        let clauseEnd = start
        while start > limit, !Self.sentenceMarks.contains(scalars[start - 1]),
              QuotationMarks.closers[scalars[start - 1]] == nil, context == nil || scalars[start - 1] != "：" {
            start -= 1
        }
        steps?.add(mark.open - start + 1)
        var before = String(String.UnicodeScalarView(scalars[start..<mark.open]))
        let hadColon = before.hasSuffix("：") || before.hasSuffix(":")
        while let last = before.last, "：:，, ".contains(last) { before.removeLast() }
        if let context {
            if let frame = Self.bookCitation(before) { return frame }
            if let frame = frameOfCitation(before), !(termLike && !hadColon) { return frame }
            if !(termLike && !hadColon),
               let phrase = context.before(clause: TextSpan(start: start, end: clauseEnd), in: paragraph) {
                return Frame(phrase)
            }
            if hadColon, let phrase = context.subjectBeforeColon(
                TextSpan(start: start, end: clauseEnd), in: paragraph, isPerson: { Self.isPerson($0, known: known) }) {
                return Frame(phrase)
            }
        } else if let frame = frameBefore(before), !(termLike && !hadColon) {
            return frame
        }
        if let frame = possessive(before: before, mark: mark, scalars: scalars, limit: paragraph.end, known: known) {
            return frame
        }
        if !termLike, let context, let phrase = context.after(mark, isPerson: { Self.isPerson($0, known: known) }) {
            return Frame(phrase)
        }
        if !termLike, context == nil, let frame = frameAfter(mark, scalars: scalars, paragraphs: paragraphs, steps: steps) {
            return frame
        }
        return Frame()
    }

    /// Whether a subject names a person: a pronoun, someone already quoted, a title or form of
    /// address at its end, or a short name that starts with a surname.
    static func isPerson(_ subject: String, known: KnownSpeakers) -> Bool {
        let folded = QuoteRules.simplified(subject)
        return QuoteRules.pronouns.contains(folded) || known.contains(subject)
            || QuoteRules.titles.contains { folded.hasSuffix($0) } || QuoteRules.addressForms.contains { folded.hasSuffix($0) }
            || subject.count <= 3 && ChineseNames.surnames.contains(subject.unicodeScalars.first!.value)
    }

    /// 正如 SPEAKER 所说, 用 SPEAKER 的话说 and citations (古人云, 《论语》有云): the frames that
    /// the character patterns read better than the words.
    func frameOfCitation(_ clause: String) -> Frame? {
        if clause.hasSuffix("的话说") || clause.includes("正如") { return frameBefore(clause) }
        guard let frame = frameBefore(clause), SpeakerNames.isCitationSource(frame.speaker) else { return nil }
        return frame
    }

    /// A book or document cited: 《论语》中有“…”, 《管子》有言：“…”, 《决定》指出 — the title in its
    /// marks, then nothing or one of `Data/citation-frames.txt`, right before the quotation.
    static func bookCitation(_ clause: String) -> Frame? {
        guard let close = clause.lastIndex(of: "》"), let open = clause[..<close].lastIndex(of: "《"),
              clause.distance(from: open, to: close) >= 2 else { return nil }
        let rest = QuoteRules.simplified(String(clause[clause.index(after: close)...]))
        guard rest.isEmpty || QuoteRules.citationFrames.contains(rest) else { return nil }
        return Frame(speaker: String(clause[open...close]), verb: rest)
    }

    /// SPEAKER [在…时] [X地] VERB, 正如 SPEAKER 所 VERB, 用 SPEAKER 的话说.
    func frameBefore(_ clause: String) -> Frame? {
        var text = clause
        if text.hasSuffix("的话说"), let use = text.literalRange(of: "用", backwards: true) {
            let speaker = String(text[use.upperBound...].dropLast(3))
            return speaker.isEmpty ? nil : Frame(speaker: speaker, verb: "说")
        }
        let foldedText = QuoteRules.simplified(text)
        guard let verb = QuoteRules.speechVerb(endingWith: foldedText).map({ String(text.suffix($0.count)) }) else { return nil }
        text.removeLast(verb.count)
        if let asSaid = text.literalRange(of: "正如"), text.hasSuffix("所") {
            let speaker = String(text[asSaid.upperBound...].dropLast())
            return speaker.isEmpty ? nil : Frame(speaker: speaker, verb: verb)
        }
        let speaker = cleanSpeaker(text)
        return speaker.isEmpty ? nil : Frame(speaker: speaker, verb: verb)
    }

    /// Drops what stands between a speaker and the verb, and what stands before the speaker.
    func cleanSpeaker(_ text: String) -> String {
        var speaker = text
        // Actions between the speaker and the verb: 拉着我的手说, 笑着说, 走过来对我说.
        for marker in ["拉着", "握着", "笑着", "指着", "望着", "看着", "走过来", "走上前", "对我", "对记者", "对大家",
                       "对他们", "对我们", "向我", "向记者", "告诉我"] {
            if let range = speaker.literalRange(of: marker), range.lowerBound > speaker.startIndex {
                speaker = String(speaker[..<range.lowerBound])
            }
        }
        // Adverbs: 动情地, 耐心地; and small adverbs before verbs.
        if let adverb = speaker.literalRange(of: "地", backwards: true), speaker.distance(from: adverb.upperBound, to: speaker.endIndex) == 0 {
            let cut = speaker.index(adverb.lowerBound, offsetBy: -min(2, speaker.distance(from: speaker.startIndex, to: adverb.lowerBound)))
            speaker = String(speaker[..<cut])
        }
        for adverb in ["曾经", "一再", "反复", "多次", "再次", "也", "还", "曾", "又", "都", "就", "则", "便", "有"] where speaker.hasSuffix(adverb) {
            speaker.removeLast(adverb.count)
        }
        // Time and place: 张华在调研时, 在宁德工作期间.
        if let at = speaker.literalRange(of: "在", backwards: true), speaker.distance(from: speaker.startIndex, to: at.lowerBound) >= 1 {
            speaker = String(speaker[..<at.lowerBound])
        }
        // Only the speaker: the last few characters after a clause word.
        for opener in ["据", "对此", "对于此", "其中", "当时", "随后", "后来", "今天", "如今", "会上", "对"] where speaker.hasPrefix(opener) {
            speaker.removeFirst(opener.count)
        }
        speaker = speaker.trimmingWhitespace
        guard !speaker.isEmpty, speaker.count <= 16 else { return "" }
        return speaker
    }

    /// NAME+TITLE“…”的（最新/重要）要求 …
    func possessive(
        before: String, mark: QuotationMarks.Found, scalars: [Unicode.Scalar], limit: Int, known: KnownSpeakers
    ) -> Frame? {
        var after = ""
        var index = mark.close + 1
        while index < limit, after.unicodeScalars.count < 8 {
            after.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard after.hasPrefix("的") else { return nil }
        var rest = after.dropFirst()
        for modifier in ["最新", "重要", "一系列", "系列"] where rest.hasPrefix(modifier) { rest = rest.dropFirst(modifier.count) }
        guard let noun = Self.possessiveNouns.first(where: { rest.hasPrefix($0) }) else { return nil }
        // The speaker: a name with a title at the end of the text before — a name already
        // quoted in the document, else three characters after a surname, else two.
        let foldedBefore = QuoteRules.simplified(before)
        for folded in QuoteRules.titles where foldedBefore.hasSuffix(folded) {
            let title = String(before.suffix(folded.count))
            let head = String(before.dropLast(title.count))
            if let name = known.longestSuffix(of: head) {
                return Frame(speaker: name + title, verb: noun)
            }
            let three = String(head.suffix(3))
            let surnameFirst = three.count == 3 && ChineseNames.surnames.contains(three.unicodeScalars.first!.value)
            let name = surnameFirst ? three : String(head.suffix(2))
            return name.count == 2 || name.count == 3 ? Frame(speaker: name + title, verb: noun) : nil
        }
        return nil
    }

    /// “…”SPEAKER VERB。 / “…，”她说，“…”
    func frameAfter(_ mark: QuotationMarks.Found, scalars: [Unicode.Scalar], paragraphs: [TextSpan],
                    steps: WorkCounter? = nil) -> Frame? {
        let found = Self.firstSpan(endingAfter: mark.close, in: paragraphs)
        steps?.add(Int.bitWidth - paragraphs.count.leadingZeroBitCount)
        guard found < paragraphs.count, paragraphs[found].start <= mark.close else { return nil }
        let paragraph = paragraphs[found]
        var index = mark.close + 1
        if index < paragraph.end, scalars[index] == "，" || scalars[index] == "," { index += 1 }
        var clause = ""
        while index < paragraph.end, !Self.clauseBreaks.contains(scalars[index]), scalars[index] != "：",
              QuotationMarks.pairs[scalars[index]] == nil, clause.unicodeScalars.count < 16 {
            clause.unicodeScalars.append(scalars[index])
            index += 1
        }
        let folded = QuoteRules.simplified(clause)
        guard let verb = QuoteRules.speechVerb(endingWith: folded).map({ String(clause.suffix($0.count)) }) else { return nil }
        let speaker = cleanSpeaker(String(clause.dropLast(verb.count)))
        return speaker.isEmpty ? nil : Frame(speaker: speaker, verb: verb)
    }
}

/// Canonical names of the speakers quoted so far in a document, found as the suffix of a text
/// in as many look-ups as the longest name has characters (not one per name).
struct KnownSpeakers {
    private var names: Set<String> = []
    private var longest = 0

    mutating func insert(_ name: String) {
        if names.insert(name).inserted { longest = max(longest, name.count) }
    }

    func contains(_ name: String) -> Bool { names.contains(name) }

    /// The longest known name that `text` ends with.
    func longestSuffix(of text: String) -> String? {
        var length = min(longest, text.count)
        while length > 0 {
            let suffix = String(text.suffix(length))
            if names.contains(suffix) { return suffix }
            length -= 1
        }
        return nil
    }
}
