import Testing

@testable import Tensors

@Suite struct DTypeTests {
    @Test func namesMatchTensorFlow() {
        let names = DType.allCases.map(\.description)
        #expect(names == ["float32", "float64", "int32", "int64", "bool"])
    }

    @Test func byteSizesMatchTheirWidth() {
        #expect(DType.float32.byteSize == 4)
        #expect(DType.int64.byteSize == 8)
        #expect(DType.bool.byteSize == 1)
    }
}

@Suite struct DTypeReprTests {
    @Test func reprsMatchTensorFlowAndNumpy() {
        #expect(DType.float32.tensorflowRepr == "tf.float32")
        #expect(DType.bool.numpyRepr == "dtype('bool')")
        #expect(DType.float64.kernelName == "double")
        #expect(DType.allCases.filter(\.isNumpyDefault) == [.float64, .int64, .bool])
    }
}
