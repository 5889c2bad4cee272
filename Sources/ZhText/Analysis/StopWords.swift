/// Words left out of frequency lists, collocations and keyword lists unless asked for.
///
/// The built-in list was written for zhtext: Chinese function words (particles, pronouns,
/// prepositions, conjunctions, auxiliaries, common adverbs and measure words) that carry
/// little of a text's topic. `--stopwords FILE` replaces it (one word per line).
public struct StopWords: Sendable, Hashable {
    public var words: Set<String>

    public init(_ words: Set<String>) { self.words = words }

    /// Reads one word per line; blank lines and lines starting with `#` are skipped.
    public init(text: String) {
        words = Set(text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// No stop words at all.
    public static let none = StopWords([])

    /// The built-in Chinese list.
    public static let chinese = StopWords(Set("""
        的 了 着 过 地 得 之 所 者 也 矣 焉 乎 哉 呢 吗 吧 啊 呀 哦 嘛 么 啦
        我 你 您 他 她 它 我们 你们 他们 她们 它们 咱们 自己 大家 人家 别人
        这 那 这个 那个 这些 那些 这样 那样 这里 那里 这种 那种 此 其 该 各 每 某 本
        谁 什么 哪 哪里 哪些 怎么 怎样 如何 为什么 多少 几
        在 于 从 自 向 往 对 对于 关于 把 被 给 让 叫 比 跟 同 和 与 及 以及 或 或者 而 而且 并 并且
        但 但是 可是 然而 不过 因为 所以 因此 因而 由于 如果 假如 虽然 尽管 即使 只要 只有 无论 不论 还是
        以 以便 为 为了 按 按照 根据 通过 随着 除了 沿着 经过
        是 有 没有 无 不 没 别 也 都 就 才 又 再 还 已 已经 曾 曾经 将 将要 正 正在 要 会 能 能够 可 可以 应 应该 应当 须 必须
        很 太 更 最 非常 十分 特别 比较 越 挺 极 尤其 只 仅 仅仅 都是 就是 还是 便 却 则 即 乃 亦
        个 些 点 次 种 样 等 等等 之一 一个 一些 一种 一样 一切 一直 一定
        上 下 中 里 内 外 前 后 间 时 时候
        从而 进而 其中 当中 之中 之间 更加 同时 此外 另外 然后 总之 首先 其次 以来 以后 以前 之后 之前 方面
        啦 哈 嗯 喔 哎 唉
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)))
}

