import Testing

@testable import Interpreter

@Suite struct LanguageVersionTests {
    @Test func followsPython311() {
        #expect(LanguageVersion.pythonVersion.major == 3)
        #expect(LanguageVersion.pythonVersion.minor == 11)
    }
}
