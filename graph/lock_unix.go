//go:build unix

package graph

import (
	"errors"
	"os"
	"syscall"
)

// probeLock reports ErrStoreInUse if another process holds an flock on
// file. It takes the lock without blocking and releases it at once: bolt
// waits forever for a lock it cannot get, and flock locks conflict even
// within one process, so the probe must be gone before Cayley opens the file.
func probeLock(file string) error {
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return nil
	} else if err != nil {
		return err
	}
	defer f.Close()
	fd := int(f.Fd())
	if err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) {
			return ErrStoreInUse
		}
		return err
	}
	return syscall.Flock(fd, syscall.LOCK_UN)
}

// isLockErr reports whether err is a failed non-blocking lock.
func isLockErr(err error) bool {
	return errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN)
}
