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

    private static func scalars(_ text: String) -> Set<UInt32> { Set(text.unicodeScalars.map(\.value)) }
}

/// Flags of BMP characters for the hot loops of the lattice, one byte per code point, so that
/// membership tests are a table load instead of a hash lookup.
struct CharacterFlags {
    static let surname: UInt8 = 1 << 0
    static let ambiguousSurname: UInt8 = 1 << 1
    static let notInGivenNames: UInt8 = 1 << 2
    static let suffix: UInt8 = 1 << 3
    static let timeUnit: UInt8 = 1 << 4
    static let droppedUnit: UInt8 = 1 << 5
    static let approximation: UInt8 = 1 << 6
    static let magnitude: UInt8 = 1 << 7
    /// Stored in a second table: Han numerals (the class table's `.hanNumeral`).
    static let numeral: UInt8 = 0

    /// The flags of every BMP code point, built once.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        func mark(_ values: Set<UInt32>, _ flag: UInt8) {
            for value in values where value < 0x10000 { table[Int(value)] |= flag }
        }
        mark(ChineseNames.surnames, surname)
        mark(ChineseNames.ambiguousSurnames, ambiguousSurname)
        mark(ChineseNames.notInGivenNames, notInGivenNames)
        mark(ChineseNames.suffixes, suffix)
        mark(NumeralRule.timeUnits, timeUnit)
        mark(NumeralRule.droppedUnits, droppedUnit)
        mark(NumeralRule.approximations, approximation)
        mark(NumeralRule.magnitudes, magnitude)
        return UnsafePointer(table)
    }()

    let table: UnsafePointer<UInt8>
    let classes: UnsafePointer<UInt8>

    init() {
        table = Self.table
        classes = CharacterClassTable.basicPlane
    }

    /// Whether the character has `flag` (`numeral`: whether it is a Han numeral).
    @inline(__always)
    func has(_ value: UInt32, _ flag: UInt8) -> Bool {
        guard value < 0x10000 else { return false }
        if flag == Self.numeral { return classes[Int(value)] == CharacterClass.hanNumeral.rawValue }
        return table[Int(value)] & flag != 0
    }
}
