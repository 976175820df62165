import CBLAS

/// The thread count of the BLAS library behind `matmul` (OpenBLAS).
///
/// This is the BLAS library's own process-wide setting, exposed so a benchmark can compare
/// single-thread figures with a single-thread reference; tensors keep no state of their own.
public enum BLASThreads {
    /// The number of threads OpenBLAS uses for one product.
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of threads OpenBLAS uses (at least 1).
    public static func set(_ count: Int) {
        openblas_set_num_threads(Int32(max(1, min(count, Int(Int32.max)))))
    }
}
