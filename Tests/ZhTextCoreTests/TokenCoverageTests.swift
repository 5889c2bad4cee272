import Testing
import ZhTextCore

/// Whatever the input, tokens must cover it exactly: in order, without gaps or overlaps.
@Suite struct TokenCoverageTests {
    func checkCoverage(_ bytes: [UInt8]) {
        let segmenter = FastSegmenter(lexicon: Shared.lexicon)
        var position = 0
        var ordered = true
        bytes.withUnsafeBytes { raw in
            segmenter.segment(raw) { token in
                if token.offset != position || token.length <= 0 { ordered = false }
                position = token.offset + token.length
            }
        }
        #expect(ordered)
        #expect(position == bytes.count)
    }

    @Test func emptyInput() {
        checkCoverage([])
    }

    @Test func invalidUTF8IsKeptByteForByte() {
        let bytes: [UInt8] = [0xFF] + Array("中文".utf8) + [0xE4, 0xB8] + Array("ab".utf8) + [0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90]
        checkCoverage(bytes)
        let segmenter = FastSegmenter(lexicon: Shared.lexicon)
        var pieces: [UInt8] = []
        var invalidTokens = 0
        bytes.withUnsafeBytes { raw in
            segmenter.segment(raw) { token in
                pieces += bytes[token.range]
                if token.kind == .other { invalidTokens += 1 }
            }
        }
        #expect(pieces == bytes)
        #expect(invalidTokens >= 5)
    }

    @Test func randomInputsOfEveryKind() {
        // A fixed-seed generator so failures reproduce.
        var generator = SplitMix64(seed: 0x5EED)
        let alphabet = Array("我们的中国经济研究第二○一九年百分之五十三十多张华们化，。、“”‘’「」——……！？ \n\t12.5%ＡＢ１２abc@#/:😀👨‍👩‍👧é東京はअ".unicodeScalars)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...80, using: &generator) {
                if Int.random(in: 0..<10, using: &generator) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                } else {
                    bytes += Array(String(alphabet.randomElement(using: &generator)!).utf8)
                }
            }
            checkCoverage(bytes)
        }
    }

    @Test func longHanRunsWithoutPunctuationAreCut() {
        let text = String(repeating: "中华人民共和国成立了", count: 2_000)
        checkCoverage(Array(text.utf8))
    }
}

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
