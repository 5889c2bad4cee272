// `import ZhText` is enough to use zhtext as a library: the tokenizing core's types (`Lexicon`,
// `Token`, `PartOfSpeech` …) come with it.
@_exported import ZhTextCore
