#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(SignpostTool.run(Array(CommandLine.arguments.dropFirst())))
