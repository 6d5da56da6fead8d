//go:build linux && (amd64 || arm64)

package graph

import (
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// userfaultfd(2) and its ioctls (linux/userfaultfd.h).
const (
	uffdUserModeOnly   = 1 // allowed without privileges
	uffdAPI            = 0xAA
	uffdFeatureWPAsync = 1 << 15    // Linux 6.7
	uffdioAPI          = 0xC018AA3F // _IOWR(0xAA, 0x3F, struct uffdio_api)
	uffdioRegister     = 0xC020AA00 // _IOWR(0xAA, 0x00, struct uffdio_register)
	uffdRegisterModeWP = 2
)

// A faultAroundOff turns off the kernel's fault-around on a file's memory
// mappings.
//
// On a page fault in a file mapping the kernel maps not only the page read
// but up to 15 cached neighbours as well (fault_around_bytes, 64 kB), which
// pays off for sequential reads. A bolt write transaction reads pages all
// over its file instead (B+tree leaves of hashed keys), so each page it
// needs makes 64 kB resident, and a resident set kept under a budget is
// refilled sixteen times faster than the pages read warrant. The kernel skips
// fault-around in ranges registered with a userfaultfd for write-protect
// tracking, and with the asynchronous mode (Linux 6.7) such a registration
// needs no handler and no privilege: it is what turns fault-around off here.
// The mapping is read-only, so the write-protect tracking never fires.
type faultAroundOff struct {
	fd   int
	done map[addrRange]bool
}

// newFaultAroundOff returns nil where the kernel cannot do it (before 6.7,
// or without userfaultfd).
func newFaultAroundOff() *faultAroundOff {
	fd, _, errno := syscall.Syscall(unix.SYS_USERFAULTFD, syscall.O_CLOEXEC|syscall.O_NONBLOCK|uffdUserModeOnly, 0, 0)
	if errno != 0 {
		return nil
	}
	api := struct{ api, features, ioctls uint64 }{api: uffdAPI, features: uffdFeatureWPAsync}
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, uffdioAPI, uintptr(unsafe.Pointer(&api))); errno != 0 {
		syscall.Close(int(fd))
		return nil
	}
	return &faultAroundOff{fd: int(fd), done: make(map[addrRange]bool)}
}

// cover registers those of spans not registered yet; a range bolt unmapped
// is forgotten by the kernel, and by cover once it is gone from spans.
func (f *faultAroundOff) cover(spans []addrRange) {
	live := make(map[addrRange]bool, len(spans))
	for _, s := range spans {
		live[s] = true
		if f.done[s] {
			continue
		}
		reg := struct{ start, len, mode, ioctls uint64 }{start: uint64(s[0]), len: uint64(s[1] - s[0]), mode: uffdRegisterModeWP}
		if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(f.fd), uffdioRegister, uintptr(unsafe.Pointer(&reg))); errno == 0 {
			f.done[s] = true
		}
	}
	for s := range f.done {
		if !live[s] {
			delete(f.done, s)
		}
	}
}

// close ends the registrations.
func (f *faultAroundOff) close() { syscall.Close(f.fd) }
