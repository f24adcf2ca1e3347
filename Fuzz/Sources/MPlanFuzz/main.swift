#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// SwiftPM gives an executable target its own `main`, so libFuzzer's is not used: this one hands
// the command line to libFuzzer's driver with the target (`FuzzTarget.swift`) as the callback.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argumentCount: UnsafeMutablePointer<CInt>,
  _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv as UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
exit(runFuzzerDriver(&argumentCount, &arguments) { bytes, count in fuzzOneInput(bytes, count) })
