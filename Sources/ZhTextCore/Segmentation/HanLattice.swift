/// Segments a run of Han characters by the cheapest path through a lattice of words, then
/// finds words the lexicon lacks among what the path left as single characters.
///
/// Edges are the lexicon's words starting at each character, every single character (at the
/// lexicon's cost, or `unknownCost` when it is not a word of its own) and numeral expressions
/// (二○○一年, 三十多, 第九). Every edge pays its cost less `CostScale.intercept`, so the path
/// minimises a sum of negative log probabilities, as in ICU's CjkBreakEngine and jieba.
/// Personal names the lexicon lacks are edges too, scored by `NameModel` with the context
/// around them, and so are the words a document marks itself (`DocumentWords`). Other
/// out-of-vocabulary words are then recovered in two steps (see `OutOfVocabulary`): pairs of
/// characters that rarely stand alone, and productive suffixes.
///
/// The run is decoded once into character codes, so each lattice edge costs one trie
/// transition per character.
final class HanLattice {
    /// ICU's cost for a character its dictionary lacks.
    static let unknownCost: Float = 255

    /// A numeral expression's cost: that of a common word.
    static let numeralCost: Float = 40

    /// Han runs longer than this many characters are cut before the lattice search, so memory
    /// stays bounded on text without punctuation.
    static let maximumRun = 4096

    // Scratch buffers, indexed by character position in the run.
    private let codes = UnsafeMutablePointer<UInt16>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    /// The codes with Traditional characters replaced by their Simplified forms' codes.
    private let foldedCodes = UnsafeMutablePointer<UInt16>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    /// Whether the current run has a Traditional character with a Simplified form.
    private var hasFolded = false
    private let scalars = UnsafeMutablePointer<UInt32>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let best = UnsafeMutablePointer<Float>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let previous = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let edgeKind = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    /// The lexicon's tag of the best edge into each position (0: none).
    private let edgeTag = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * HanLattice.maximumRun + 64)
    private let pieces = UnsafeMutablePointer<OutOfVocabulary.Piece>.allocate(capacity: HanLattice.maximumRun + 1)
    private let flags = CharacterFlags()

    deinit {
        codes.deallocate()
        foldedCodes.deallocate()
        scalars.deallocate()
        offsets.deallocate()
        best.deallocate()
        previous.deallocate()
        edgeKind.deallocate()
        edgeTag.deallocate()
        pieces.deallocate()
    }

    /// Segments the run of Han characters that starts at `start` and calls
    /// `body(start, end, kind)` for each token. Returns the run's end.
    ///
    /// The run ends before the first character that is not Han, before a 第 that a digit
    /// follows (the digit rule takes it), or after `maximumRun` characters.
    /// Where the run of Han characters that `segmentRun` would segment from `start` ends,
    /// without segmenting it.
    func runEnd(_ text: TextScanner, from start: Int, trie: _TrieView) -> Int {
        start + Int(offsets[scanRun(text, from: start, trie: trie)])
    }

    func segmentRun(
        _ text: TextScanner, from start: Int, trie: _TrieView, documentWords: DocumentWords?,
        _ body: (Int, Int, TokenKind, PartOfSpeech) -> Void
    ) -> Int {
        let count = scanRun(text, from: start, trie: trie)
        let end = start + Int(offsets[count])
        findCheapestPath(count, trie: trie, documentWords: documentWords)
        // Walk back from the end, filling the pieces from the back, then move them to the front.
        var position = count
        var first = count + 1
        while position > 0 {
            let from = Int(previous[position])
            first -= 1
            pieces[first - 1] = OutOfVocabulary.Piece(
                start: Int32(from), end: Int32(position), kind: edgeKind[position], tag: edgeTag[position])
            position = from
        }
        var pieceCount = count + 1 - first
        for index in 0..<pieceCount { pieces[index] = pieces[first - 1 + index] }
        if trie.recoversWords {
            let context = OutOfVocabulary.Context(scalars: scalars, codes: codes, trie: trie, flags: flags)
            pieceCount = OutOfVocabulary.recover(pieces, count: pieceCount, context: context)
        }
        // Organisations are not joined: segmentation gives their parts as words (a university,
        // then its school), and phrases and keywords join them (see the README's conventions).
        if pieceCount > 1 {
            pieceCount = TransliterationPieces.join(pieces, count: pieceCount, codes: foldedCodes, trie: trie)
        }
        if pieceCount > 1 {
            pieceCount = SystemTerms.join(pieces, count: pieceCount, scalars: scalars)
        }
        if pieceCount == 2, QuotedCoinages.isQuoted(text, start: start, end: end) {
            pieceCount = QuotedCoinages.join(pieces, count: pieceCount, scalars: scalars)
        }
        emit(count: pieceCount, start: start, trie: trie, body)
        return end
    }

    @inline(__always)
    private func emit(count pieceCount: Int, start: Int, trie: _TrieView, _ body: (Int, Int, TokenKind, PartOfSpeech) -> Void) {
        for index in 0..<pieceCount {
            let piece = pieces[index]
            body(start + Int(offsets[Int(piece.start)]), start + Int(offsets[Int(piece.end)]),
                 piece.kind == OutOfVocabulary.Piece.numeral ? .number : .word, tag(of: piece, trie: trie))
        }
    }

    /// The piece's tag: the lexicon's, `nr` for names, `m` for numerals, else a guess from the
    /// words that end in the same character.
    @inline(__always)
    private func tag(of piece: OutOfVocabulary.Piece, trie: _TrieView) -> PartOfSpeech {
        switch piece.kind {
        case OutOfVocabulary.Piece.numeral: return .numeral
        case OutOfVocabulary.Piece.name: return .personName
        case OutOfVocabulary.Piece.place: return Self.placeTag
        case OutOfVocabulary.Piece.transliteration: return Self.transliterationTag
        default: break
        }
        if piece.tag != 0 { return PartOfSpeech(rawValue: piece.tag) }
        if piece.kind == OutOfVocabulary.Piece.documentWord {
            let tag = trie.tag(foldedCodes, from: Int(piece.start), to: Int(piece.end)) ?? 0
            return tag != 0 ? PartOfSpeech(rawValue: tag) : Self.documentWordTag
        }
        guard piece.length > 1 else { return .unknown }
        return PartOfSpeech(rawValue: trie.finalTag[Int(foldedCodes[Int(piece.end) - 1])])
    }

    static let placeTag = PartOfSpeech("ns")
    static let transliterationTag = PartOfSpeech("nrt")

    /// The tag of a word that the document marks itself and the lexicon lacks.
    static let documentWordTag = PartOfSpeech("nz")

    /// Decodes the run into `scalars`, `codes` and `offsets` (byte offsets from `start`, one
    /// more than the characters); returns the number of characters.
    private func scanRun(_ text: TextScanner, from start: Int, trie: _TrieView) -> Int {
        let codeTable = trie.codes
        hasFolded = false
        let bytes = text.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let classes = text.classes
        let limit = text.count
        var offset = start
        var count = 0
        while offset < limit, count < Self.maximumRun {
            let lead = bytes[offset]
            var value: UInt32
            var width: Int
            if lead >= 0xE0, lead < 0xF0, offset + 2 < limit {
                let second = bytes[offset + 1]
                let third = bytes[offset + 2]
                guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { break }
                value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                width = 3
                let characterClass = classes[Int(value)]
                guard characterClass == CharacterClass.han.rawValue || characterClass == CharacterClass.hanNumeral.rawValue
                else { break }
            } else if lead >= 0xF0 {
                let character = text.character(at: offset)
                guard character.characterClass == .han || character.characterClass == .hanNumeral else { break }
                value = character.value
                width = character.width
            } else {
                break
            }
            if value == NumeralRule.ordinalPrefix, count > 0, offset + width < limit,
               text.character(at: offset + width).characterClass == .digit {
                break
            }
            scalars[count] = value
            codes[count] = value < 0x10000 ? codeTable[Int(value)] : 0
            let folded = value < 0x10000 ? trie.foldedCodes[Int(value)] : 0
            foldedCodes[count] = folded == 0 ? codes[count] : folded
            if folded != 0 { hasFolded = true }
            offsets[count] = Int32(offset - start)
            count += 1
            offset += width
        }
        offsets[count] = Int32(offset - start)
        return count
    }

    private func findCheapestPath(_ count: Int, trie: _TrieView, documentWords: DocumentWords?) {
        best.update(repeating: .infinity, count: count + 1)
        best[0] = 0
        let hasFolded = self.hasFolded
        let penalty = CostScale.intercept
        for index in 0..<count {
            let from = best[index] - penalty
            relax(index, index + 1, from + Self.unknownCost, OutOfVocabulary.Piece.word)
            trie.forEachPrefix(codes, from: index, limit: count) { length, cost, tag in
                relax(index, index + length, from + cost, OutOfVocabulary.Piece.word, tag)
            }
            if hasFolded {
                // Traditional text: the Simplified forms find the words the lexicons list in
                // Simplified characters only.
                trie.forEachPrefix(foldedCodes, from: index, limit: count) { length, cost, tag in
                    relax(index, index + length, from + cost, OutOfVocabulary.Piece.word, tag)
                }
            }
            if NumeralRule.mayStart(scalars[index], flags),
               let end = NumeralRule.match(scalars, from: index, limit: count, flags: flags) {
                relax(index, end, from + Self.numeralCost, OutOfVocabulary.Piece.numeral)
            }
            if flags.has(scalars[index], CharacterFlags.surname) || flags.has(scalars[index], CharacterFlags.compoundSurnameStart)
                || hasFolded && foldedCodes[index] != codes[index] && !trie.surnameCost(foldedCodes[index]).isNaN {
                // (A Traditional surname, 陳 or 劉, through its Simplified form.)
                addNames(at: index, count: count, trie: trie)
            }
            // Every character may stand in a place name (the model is smoothed): look for one
            // only where a suffix follows a name of two or three characters.
            if index + 2 < count, !trie.placeSuffixCost(foldedCodes[index + 2]).isNaN
                || index + 3 < count && !trie.placeSuffixCost(foldedCodes[index + 3]).isNaN,
               !trie.placeCharacterCost(foldedCodes[index]).isNaN {
                addPlaces(at: index, count: count, trie: trie)
            }
            // A transliteration is three characters or more: test the third before walking.
            if index + 2 < count, !trie.transliterationCost(foldedCodes[index + 2]).isNaN,
               !trie.transliterationCost(foldedCodes[index]).isNaN {
                addTransliteration(at: index, count: count, trie: trie)
            }
            if let documentWords, documentWords.mayStart(scalars[index]) {
                documentWords.forEachMatch(scalars, from: index, limit: count) { length, isName in
                    relax(index, index + length, best[index] + DocumentWords.cost,
                          isName ? OutOfVocabulary.Piece.name : OutOfVocabulary.Piece.documentWord)
                }
            }
        }
    }

    /// Adds the edges of personal names that start at `index`: a surname and one or two given
    /// characters, at the cost `NameModel` gives them, less a bonus where a title stands before
    /// or a speech verb (or 同志, 先生, 女士) after.
    @inline(__always)
    private func addNames(at index: Int, count: Int, trie: _TrieView) {
        // Traditional text is weighed through the Simplified forms (陳怡君 as 陈怡君).
        let codes = hasFolded ? foldedCodes : self.codes
        var surnameLength = 1
        var surnameCost = codes[index] == 0 ? Float.nan : trie.surnameCost(codes[index])
        if index + 1 < count, ChineseNames.isCompoundSurname(scalars[index], scalars[index + 1]) {
            surnameLength = 2
            surnameCost = trie.compoundSurname
        }
        guard !surnameCost.isNaN else { return }
        // A surname that is also a common word (和, 向, 高 …) before an unambiguous surname
        // starts no name: 和李明 is 和 | 李明.
        if surnameLength == 1, index + 1 < count, flags.has(scalars[index], CharacterFlags.ambiguousSurname),
           flags.has(scalars[index + 1], CharacterFlags.surname),
           !flags.has(scalars[index + 1], CharacterFlags.ambiguousSurname) {
            return
        }
        // A title before the name makes it likelier; a surname that is mostly a common word
        // (和, 向, 方 …) makes it less likely, unless a title stands before it.
        let titled = ChineseNames.hasTitle(before: index, in: scalars, flags: flags)
        let ambiguous = surnameLength == 1 && flags.has(scalars[index], CharacterFlags.ambiguousSurname)
        let start = best[index] + surnameCost
            - (titled ? NameModel.contextBonus : (ambiguous ? -NameModel.contextBonus : 0))
        let firstGiven = index + surnameLength
        guard firstGiven < count, codes[firstGiven] != 0,
              !flags.has(scalars[firstGiven], CharacterFlags.notInGivenNames) else { return }
        let only = start + trie.onlyGivenCost(codes[firstGiven])
        relax(index, firstGiven + 1, only - contextBonus(after: firstGiven + 1, count: count), OutOfVocabulary.Piece.name)
        let secondGiven = firstGiven + 1
        // A speech verb or title that starts at the second given character ends the name
        // before it (陈伟坦言 is 陈伟 | 坦言).
        guard secondGiven < count, codes[secondGiven] != 0,
              !flags.has(scalars[secondGiven], CharacterFlags.notInGivenNames),
              !ChineseNames.hasNameFollower(at: secondGiven, in: scalars, limit: count, flags: flags, minimumLength: 2)
        else { return }
        let two = start + trie.firstGivenCost(codes[firstGiven]) + trie.secondGivenCost(codes[secondGiven])
        relax(index, secondGiven + 1, two - contextBonus(after: secondGiven + 1, count: count), OutOfVocabulary.Piece.name)
    }

    /// Adds the edges of place names that start at `index`: a name of two or three characters
    /// and one or two suffixes (青杠 沟 村), at the cost `PlaceModel` gives them.
    @inline(__always)
    private func addPlaces(at index: Int, count: Int, trie: _TrieView) {
        var cost = best[index]
        var end = index
        while end < count, end - index < 3 {
            let code = foldedCodes[end]
            let characterCost = trie.placeCharacterCost(code)
            guard code != 0, !characterCost.isNaN, !flags.has(scalars[end], CharacterFlags.notInGivenNames) else { return }
            cost += characterCost
            end += 1
            guard end - index >= 2, end < count else { continue }
            guard let (length, suffixCost) = placeSuffix(at: end, count: count, trie: trie) else { continue }
            relax(index, end + length, cost + suffixCost, OutOfVocabulary.Piece.place)
            // A second suffix: 青杠 沟 村, 石门 川 市 is a name of three.
            if let (second, secondCost) = placeSuffix(at: end + length, count: count, trie: trie) {
                relax(index, end + length + second, cost + suffixCost + secondCost - PlaceModel.rateCost,
                      OutOfVocabulary.Piece.place)
            }
        }
    }

    /// The length and cost of the place suffix at `position` (街道 is the only suffix of two).
    @inline(__always)
    private func placeSuffix(at position: Int, count: Int, trie: _TrieView) -> (Int, Float)? {
        guard position < count else { return nil }
        let cost = trie.placeSuffixCost(foldedCodes[position])
        guard !cost.isNaN else { return nil }
        if scalars[position] == 0x8857 {  // 街 only in 街道
            guard position + 1 < count, scalars[position + 1] == 0x9053 else { return nil }
            return (2, cost)
        }
        return (1, cost)
    }

    /// Adds the edges of transliterated names that start at `index`: runs of three to eight
    /// transliteration characters, at the cost `TransliterationModel` gives them.
    @inline(__always)
    private func addTransliteration(at index: Int, count: Int, trie: _TrieView) {
        var cost = best[index] + TransliterationModel.rateCost
        var end = index
        while end < count, end - index < TransliterationModel.longest {
            let characterCost = trie.transliterationCost(foldedCodes[end])
            guard foldedCodes[end] != 0, !characterCost.isNaN else { return }
            cost += characterCost
            end += 1
            if end - index >= TransliterationModel.shortest {
                relax(index, end, cost, OutOfVocabulary.Piece.transliteration)
            }
        }
    }

    @inline(__always)
    private func contextBonus(after end: Int, count: Int) -> Float {
        ChineseNames.hasNameFollower(at: end, in: scalars, limit: count, flags: flags) ? NameModel.contextBonus : 0
    }

    @inline(__always)
    private func relax(_ from: Int, _ to: Int, _ cost: Float, _ kind: UInt8, _ tag: UInt8 = 0) {
        if cost < best[to] {
            best[to] = cost
            previous[to] = Int32(from)
            edgeKind[to] = kind
            edgeTag[to] = tag
        }
    }
}
