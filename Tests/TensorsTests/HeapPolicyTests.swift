import Testing

@testable import Tensors

#if canImport(Glibc)
    import Glibc
#endif

// The heap policy is process-wide, so its tests run one at a time. They are about glibc's
// allocator, which a sanitizer replaces with its own (`make sanitize`): they are off there.
@Suite(.serialized, .enabled(if: Allocator.isGlibc))
struct HeapPolicyTests {
    #if canImport(Glibc)
        @Test func aKeptHeapServesARepeatedLargeResultWithoutPageFaults() throws {
            #expect(HeapPolicy.keepLargeBuffersMapped())
            defer { HeapPolicy.restoreDefaults() }
            // 32 MiB: above glibc's largest mapping threshold, below a thread arena's heap.
            let count = 8 << 20
            let a = try Tensor.fill([count], value: .float(1.5), dtype: .float32)
            let b = try Tensor.fill([count], value: .float(2.5), dtype: .float32)
            _ = try a + b  // the heap grows once
            let before = try #require(minorPageFaultsOfThisThread())
            let sum = try a + b
            let faults = try #require(minorPageFaultsOfThisThread()) - before
            #expect(faults < 64, "a freed 32 MiB block came back with \(faults) page faults")
            #expect(sum.shape == [count])
            #expect(sum.storage.double(at: 0) == 4.0 && sum.storage.double(at: count - 1) == 4.0)
        }

        @Test func restoringTheDefaultsIsAccepted() {
            #expect(HeapPolicy.keepLargeBuffersMapped(retainedBytes: 1 << 20))
            #expect(HeapPolicy.restoreDefaults())
        }

        private func minorPageFaultsOfThisThread() -> Int? {
            var usage = rusage()
            // RUSAGE_THREAD (1): this thread only, so tests running beside it don't count.
            guard getrusage(__rusage_who_t(1), &usage) == 0 else { return nil }
            return usage.ru_minflt
        }
    #endif
}

/// Which allocator serves malloc in this process.
enum Allocator {
    /// Whether malloc is glibc's, not a sanitizer's.
    static var isGlibc: Bool {
        #if canImport(Glibc)
            let everywhere = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
            let sanitizers: [String] = ["__asan_init", "__tsan_init", "__msan_init"]
            return sanitizers.allSatisfy { dlsym(everywhere, $0) == nil }
        #else
            return false
        #endif
    }
}
