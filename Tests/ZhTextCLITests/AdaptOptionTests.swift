import Testing

/// `--adapt` is honoured wherever it is offered, and refused where it cannot apply.
@Suite struct AdaptOptionTests {
    @Test(arguments: [["collocations", "--top", "20"], ["freq", "--top", "40"], ["quotes", "--summary"]])
    func adaptingTheLexiconChangesWhatAnAnalysisSees(arguments: [String]) throws {
        let plain = try CommandRunner.run(arguments + ["Corpus"])
        let adapted = try CommandRunner.run(arguments + ["--adapt", "Corpus"])
        #expect(plain.status == 0 && adapted.status == 0, "\(adapted.stderr)")
        if arguments[0] != "quotes" { #expect(plain.stdout != adapted.stdout, "\(arguments)") }
        #expect(!adapted.stdout.isEmpty)
    }

    @Test(arguments: [["phrases", "Corpus"], ["lexicon"]])
    func commandsWhereAdaptCannotApplyRefuseIt(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments + ["--adapt"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--adapt does not apply"))
    }
}
