//go:build unix

package directory

import (
	"syscall"
	"time"
)

// processCPU returns the processor time this process has used so far, user and
// system, so that benchmarks can report work apart from waiting for a busy
// machine.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
