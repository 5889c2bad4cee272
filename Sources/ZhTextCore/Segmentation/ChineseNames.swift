/// Lists for recognising Chinese personal names, written for zhtext from general knowledge of
/// Chinese surnames and function words.
package enum ChineseNames {
    /// Common one-character surnames.
    package static let surnames: Set<UInt32> = scalars(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            + "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乜")

    /// Surnames that are also very common words or morphemes (和, 方, 高 …): when one of them
    /// stands before an unambiguous surname, the name starts at the second (和李明 → 和 | 李明).
    package static let ambiguousSurnames: Set<UInt32> = scalars(
        "和方万金高时何全商于向车房文华安成路付米明白包应曲龙党夏章石管单史易游申费左康解项古景牛田连师武段江程余兰冷梅毛谷雷吉季席常祝关司尚施沙艾农卫宗盛莫边宁欧甘纪麦池齐阳荣辛郎仲童苗蒙宫简舒尤严符乔伍顾毕屈卜巫柏桂")

    /// Two-character surnames.
    static let compoundSurnames: Set<[UInt32]> = Set(
        ["欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "令狐",
         "端木", "西门", "南宫", "独孤", "轩辕", "澹台"].map { $0.unicodeScalars.map(\.value) })

    /// Characters that practically never stand in a given name: verbs of saying, place and time
    /// words, particles and other function words.
    static let notInGivenNames: Set<UInt32> = scalars(
        "说称指讲问道有到至去来要会能可对将在上下里中外前后年月日时人省市县区乡镇"
            + "的了是在和与及或也都就又而但却被把将从向对为以于之其这那个们着过吗呢吧啊呀么不没很最更还再已所等各每此该")

    /// Productive suffixes that make a new word of the word before them (现代化, 朋友们).
    static let suffixes: Set<UInt32> = scalars("们性化者家员长式型率度界族感派")

    /// Titles and roles that stand right before a name (镇长周志刚, 记者林晓燕).
    static let titles: [[UInt32]] = words(
        "书记 副书记 总书记 支书 村支书 董事长 总经理 经理 总裁 院士 记者 通讯员 编辑 主编 镇长 乡长 县长 市长 省长 区长 村长 "
            + "主任 副主任 局长 部长 厅长 处长 科长 校长 院长 所长 站长 队长 组长 社长 会长 行长 厂长 主席 总理 副总理 委员 "
            + "代表 教授 老师 医生 大夫 护士 律师 法官 检察官 民警 警官 专家 研究员 工程师 村民 居民 农民 网格员 志愿者 "
            + "负责人 创始人 理事长 秘书长 发言人 主持人 大使 外长 部长 书法家 作家 导演 演员 教练 运动员 选手 队员 学生 同学 "
            + "师傅 阿姨 大爷 大妈 大姐 大哥 女士 先生 同志 干部 党员 负责同志 第一书记")

    /// Words that follow a name: speech verbs, forms of address, and titles after the name
    /// (陈伟坦言, 张华同志, 陈立新主任).
    static let followers: [[UInt32]] = words(
        "说 道 讲 问 答 称 表示 指出 强调 认为 介绍 告诉 坦言 直言 透露 回忆 感慨 补充 总结 解释 建议 提出 回答 问道 说道 "
            + "笑着 笑道 同志 先生 女士 老师 书记 主任 院士 教授 等人 一行 委员 代表 总书记 主席 总理")

    /// Whether a two-character surname starts with `first` and `second` (欧阳, 司马 …).
    @inline(__always)
    static func isCompoundSurname(_ first: UInt32, _ second: UInt32) -> Bool {
        compoundSurnameTable[Int(first & 0xFFFF)] != 0 && compoundSurnames.contains([first, second])
    }

    /// Whether a title ends right before `position`.
    @inline(__always)
    static func hasTitle(before position: Int, in scalars: UnsafeMutablePointer<UInt32>, flags: CharacterFlags) -> Bool {
        guard position > 0, flags.has(scalars[position - 1], CharacterFlags.titleEnd) else { return false }
        return titles.contains { title in
            title.count <= position && title.indices.allSatisfy { scalars[position - title.count + $0] == title[$0] }
        }
    }

    /// Whether a follower (a speech verb, 同志, 先生 …) starts at `position`.
    @inline(__always)
    static func hasNameFollower(
        at position: Int, in scalars: UnsafeMutablePointer<UInt32>, limit: Int, flags: CharacterFlags,
        minimumLength: Int = 1
    ) -> Bool {
        guard position < limit, flags.has(scalars[position], CharacterFlags.followerStart) else { return false }
        return followers.contains { word in
            word.count >= minimumLength && position + word.count <= limit && word.indices.allSatisfy { scalars[position + $0] == word[$0] }
        }
    }

    private static let compoundSurnameTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for surname in compoundSurnames where surname[0] < 0x10000 { table[Int(surname[0])] = 1 }
        return table
    }()

    private static func scalars(_ text: String) -> Set<UInt32> { Set(text.unicodeScalars.map(\.value)) }

    static func words(_ text: String) -> [[UInt32]] {
        text.split(separator: " ").map { $0.unicodeScalars.map(\.value) }
    }
}

