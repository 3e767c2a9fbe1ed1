#if canImport(Glibc)
import Glibc
#endif

/// What the two fuzz targets' `main` share: libFuzzer's entry point, and replaying saved inputs (crash files,
/// corpus entries) through the same checks in an ordinary build.
public enum FuzzEntry {
    /// Runs `check` on the contents of each file in `paths`, printing "ok" for each; says how to fuzz when there
    /// are none.
    public static func replay(_ paths: some Collection<String>, target: String, check: ([UInt8]) -> Void) {
        if paths.isEmpty {
            print("\(target): built without fuzzing; run scripts/fuzz, or give files to replay them")
        }
        for path in paths {
            guard let file = fopen(path, "rb") else { print("\(path): cannot open"); exit(1) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&buffer, 1, buffer.count, file)
                if n <= 0 { break }
                bytes += buffer[0..<n]
            }
            fclose(file)
            check(bytes)
            print("\(path): ok")
        }
    }
}

#if FUZZING
/// libFuzzer's driver (linked in by `-sanitize=fuzzer`): calls `callback` with each input it makes.
@_silgen_name("LLVMFuzzerRunDriver")
public func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt
#endif
