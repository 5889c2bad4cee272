// libFuzzer entry point for the quotation parser: any bytes, read as a document, must give
// quotations whose spans lie inside the document and inside their own essay's paragraphs,
// with non-empty text and a kind. libFuzzer supplies `main`; build with
// `-sanitize=fuzzer,address -parse-as-library` (see README.md).

import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? DocumentReader().read(bytes: bytes, source: "fuzz") else { return 0 }
    for quotation in QuotationFinder().quotations(in: document) {
        // Spans are offsets into the text as written (normalisation may compose characters).
        precondition(quotation.span.start >= 0 && quotation.span.end <= document.originalCharacterCount,
                     "quotation \(quotation.span) outside the document (\(document.originalCharacterCount) characters)")
        precondition(quotation.span.start < quotation.span.end, "empty quotation at \(quotation.span)")
        precondition(!quotation.text.isEmpty, "quotation without text at \(quotation.span)")
        precondition(quotation.kind != .term || quotation.speaker.isEmpty, "a term with a speaker at \(quotation.span)")
    }
    return 0
}
