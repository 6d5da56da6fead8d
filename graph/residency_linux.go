package graph

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// residentFileBytes returns the bytes of this process's resident memory that
// map files (RssFile and RssShmem, the "shared" field of /proc/self/statm).
// Reading it costs a few microseconds whatever the size of the mappings,
// unlike /proc/self/smaps, which walks every page of a store's mapping.
func residentFileBytes() (int64, error) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return -1, err
	}
	fields := bytes.Fields(data)
	if len(fields) < 3 {
		return -1, os.ErrInvalid
	}
	pages, err := strconv.ParseInt(string(fields[2]), 10, 64)
	if err != nil {
		return -1, err
	}
	return pages * int64(os.Getpagesize()), nil
}

// releaseMapped drops this process's resident pages of every memory mapping
// of file (bolt and bbolt read their whole database through one read-only
// shared mapping). The pages stay in the kernel's page cache and fault back
// in on the next read, so nothing is lost or reread from disk; what changes
// is that a long build's resident set no longer grows with the store file.
// Bolt must not remap the file meanwhile: the caller holds a transaction
// (see pageReleaser).
func releaseMapped(file string) error {
	abs, err := filepath.Abs(file)
	if err != nil {
		return err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	maps, err := os.Open("/proc/self/maps")
	if err != nil {
		return err
	}
	defer maps.Close()
	var ranges [][2]uintptr
	sc := bufio.NewScanner(maps)
	suffix := []byte(" " + abs)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasSuffix(line, suffix) {
			continue
		}
		span, _, _ := bytes.Cut(line, []byte(" "))
		lo, hi, ok := bytes.Cut(span, []byte("-"))
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(string(lo), 16, 64)
		end, err2 := strconv.ParseUint(string(hi), 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		ranges = append(ranges, [2]uintptr{uintptr(start), uintptr(end)})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for _, r := range ranges {
		// madvise takes an address, not a Go pointer: the mapping belongs to
		// bolt, and MADV_DONTNEED on a shared file mapping only unmaps pages.
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, r[0], r[1]-r[0], syscall.MADV_DONTNEED); errno != 0 {
			return errno
		}
	}
	return nil
}
