#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A closed pipe is an error return from write (handled where we write), not a silent death; a
// file-size limit (ulimit -f) is an error return too, so the temporary file is cleaned up.
signal(SIGPIPE, SIG_IGN)
signal(SIGXFSZ, SIG_IGN)
exit(SignpostTool.run(Array(CommandLine.arguments.dropFirst())))
