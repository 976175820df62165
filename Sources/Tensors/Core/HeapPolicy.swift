#if canImport(Glibc)
    import Glibc
#endif

/// How the C heap serves the large buffers of tensors (glibc only; elsewhere a no-op).
///
/// By default glibc gives every block above its mapping threshold (128 KiB, growing to at
/// most 32 MiB) a memory mapping of its own and unmaps it on free. An op that returns a fresh
/// 64 MiB tensor then pays a page fault and a kernel zero-fill for every page before it writes
/// a single value, which more than halves the throughput of an elementwise op on big tensors.
/// `keepLargeBuffersMapped` makes glibc carve every block out of its heap and keep freed heap
/// memory up to a threshold, so the next result lands on pages that are already mapped.
///
/// This is a process-wide setting of the C library, like the BLAS thread count: an executable
/// applies it once at start-up (before it starts threads); the library never changes it on
/// its own, and tensors keep no state for it.
///
/// ```swift
/// _ = HeapPolicy.keepLargeBuffersMapped()  // first thing in main
/// ```
public enum HeapPolicy {
    /// Serves every block from the heap and keeps up to `retainedBytes` of freed memory at the
    /// top of the heap instead of returning it to the kernel.
    ///
    /// The price is resident memory: up to `retainedBytes` of freed memory stays mapped.
    /// Returns `false` when the C library has no such setting (not glibc) or refused one.
    @discardableResult
    public static func keepLargeBuffersMapped(retainedBytes: Int = 256 << 20) -> Bool {
        #if canImport(Glibc)
            guard let mallopt = GlibcMalloc.mallopt else { return false }
            let threshold = Int32(clamping: max(0, retainedBytes))
            // Without mappings a block too big for a thread's arena falls back to the main
            // heap, which grows with brk; glibc does that retry itself.
            return mallopt(GlibcMalloc.mmapMax, 0) == 1
                && mallopt(GlibcMalloc.trimThreshold, threshold) == 1
        #else
            return false
        #endif
    }

    /// Returns to glibc's documented defaults (mappings for large blocks, a 128 KiB trim
    /// threshold) and gives freed heap memory back to the kernel.
    ///
    /// Returns `false` when the C library has no such setting (not glibc) or refused one.
    @discardableResult
    public static func restoreDefaults() -> Bool {
        #if canImport(Glibc)
            guard let mallopt = GlibcMalloc.mallopt else { return false }
            let mappings = mallopt(GlibcMalloc.mmapMax, 65536) == 1
            let trim = mallopt(GlibcMalloc.trimThreshold, 128 << 10) == 1
            _ = GlibcMalloc.mallocTrim?(0)
            return mappings && trim
        #else
            return false
        #endif
    }
}

#if canImport(Glibc)
    /// glibc's `<malloc.h>` tuning calls, which the Swift `Glibc` module doesn't import; they
    /// are looked up by name in the running process.
    private enum GlibcMalloc {
        /// `M_TRIM_THRESHOLD` in `<malloc.h>`.
        static let trimThreshold: Int32 = -1
        /// `M_MMAP_MAX` in `<malloc.h>`.
        static let mmapMax: Int32 = -4

        /// `int mallopt(int param, int value)`, or nil when the C library has none.
        static var mallopt: (@convention(c) (Int32, Int32) -> Int32)? {
            symbol("mallopt", as: (@convention(c) (Int32, Int32) -> Int32).self)
        }

        /// `int malloc_trim(size_t pad)`, or nil when the C library has none.
        static var mallocTrim: (@convention(c) (Int) -> Int32)? {
            symbol("malloc_trim", as: (@convention(c) (Int) -> Int32).self)
        }

        private static func symbol<F>(_ name: String, as type: F.Type) -> F? {
            guard let process = dlopen(nil, RTLD_NOW) else { return nil }
            defer { dlclose(process) }
            guard let address = dlsym(process, name) else { return nil }
            return unsafeBitCast(address, to: type)
        }
    }
#endif
