/// A reproducible random sample of concordance hits: reservoir sampling (Vitter's algorithm R)
/// over the hits in input order, driven by SplitMix64 from `seed`, so that the same corpus,
/// search and seed give the same lines on any machine. The sample keeps input order.
public struct ConcordanceSample: Sendable {
    /// The size asked for (0 or more); fewer hits keep them all.
    public let size: Int
    private var generator: SplitMix64
    private var kept: [(order: Int, hit: ConcordanceHit)] = []
    private var seen = 0

    /// An empty sample of at most `size` hits (a negative size is 0), drawn from `seed`.
    public init(size: Int, seed: UInt64) {
        self.size = max(0, size)
        generator = SplitMix64(seed: seed)
    }

    /// Offers the next hit in input order.
    public mutating func add(_ hit: ConcordanceHit) {
        defer { seen += 1 }
        if kept.count < size {
            kept.append((seen, hit))
            return
        }
        guard size > 0 else { return }
        let slot = Int(generator.next() % UInt64(seen + 1))
        if slot < size { kept[slot] = (seen, hit) }
    }

    /// The hits kept, in input order.
    public var hits: [ConcordanceHit] { kept.sorted { $0.order < $1.order }.map(\.hit) }
}

/// Steele, Lea and Flood's SplitMix64: a small, fast generator whose sequence depends on the
/// seed alone.
struct SplitMix64: Sendable {
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

extension [ConcordanceHit] {
    /// Sorted by the words at the search's positions, level by level (AntConc's sort), in
    /// Unicode order; hits with equal words keep their order.
    public func sortedByWords() -> [ConcordanceHit] {
        enumerated().sorted { lhs, rhs in
            for (a, b) in zip(lhs.element.words, rhs.element.words) where a != b {
                if a.isEmpty || b.isEmpty { return b.isEmpty }
                return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
