import Testing

/// The masking of random numbers hides the values (and the padding that depends on them) but
/// nothing else, so random cells still check names, shapes, dtypes and layout.
@Suite struct MaskingTests {
    let reference = """
        <tf.Variable 'dense_1/kernel:0' shape=(4, 1) dtype=float32, numpy=
        array([[-0.8238736 ],
               [ 0.5115609 ]], dtype=float32)>
        """

    @Test func hidesNumbersAndTheirPadding() {
        let other = """
            <tf.Variable 'dense_1/kernel:0' shape=(4, 1) dtype=float32, numpy=
            array([[1.5],
                   [2. ]], dtype=float32)>
            """
        #expect(Masking.randomNumbers(reference) == Masking.randomNumbers(other))
    }

    @Test func keepsNamesShapesDtypesAndLineBreaks() {
        let variants = [
            reference.replacingOccurrences(of: "dense_1", with: "dense_2"),
            reference.replacingOccurrences(of: "shape=(4, 1)", with: "shape=(4, 2)"),
            reference.replacingOccurrences(of: "dtype=float32)>", with: "dtype=float64)>"),
            reference.replacingOccurrences(of: "],\n       [", with: "], ["),
            reference.replacingOccurrences(of: "[[-0.8238736 ],", with: "[-0.8238736 ,"),
        ]
        for variant in variants {
            #expect(Masking.randomNumbers(reference) != Masking.randomNumbers(variant))
        }
    }

    @Test func masksAddressesEverywhere() {
        #expect(
            Masking.addresses("<keras.src.layers.core.dense.Dense at 0x7fbbdf8b1d10>")
                == "<keras.src.layers.core.dense.Dense at 0x…>")
    }

    @Test func masksScalarsAfterNumpy() {
        #expect(
            Masking.randomNumbers("<tf.Tensor: shape=(), dtype=float32, numpy=0.25>")
                == Masking.randomNumbers("<tf.Tensor: shape=(), dtype=float32, numpy=-3.5>"))
    }
}
