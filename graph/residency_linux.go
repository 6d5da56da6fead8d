package graph

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// residentBytes returns the bytes of this process's resident memory that
// map files (RssFile and RssShmem, the "shared" field of /proc/self/statm)
// and the rest (anonymous: the heap, stacks). Reading it costs a few
// microseconds whatever the size of the mappings, unlike /proc/self/smaps,
// which walks every page of a store's mapping.
func residentBytes() (file, anon int64, err error) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return -1, -1, err
	}
	fields := bytes.Fields(data)
	if len(fields) < 3 {
		return -1, -1, os.ErrInvalid
	}
	resident, err1 := strconv.ParseInt(string(fields[1]), 10, 64)
	shared, err2 := strconv.ParseInt(string(fields[2]), 10, 64)
	if err1 != nil || err2 != nil {
		return -1, -1, os.ErrInvalid
	}
	page := int64(os.Getpagesize())
	return shared * page, (resident - shared) * page, nil
}

// mappingsOf returns this process's memory mappings of file, from
// /proc/self/maps (bolt and bbolt read their whole database through one
// read-only shared mapping, replaced by a bigger one when the file grows).
func mappingsOf(file string) ([]addrRange, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	maps, err := os.Open("/proc/self/maps")
	if err != nil {
		return nil, err
	}
	defer maps.Close()
	var spans []addrRange
	sc := bufio.NewScanner(maps)
	suffix := []byte(" " + abs)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasSuffix(line, suffix) {
			continue
		}
		field, _, _ := bytes.Cut(line, []byte(" "))
		lo, hi, ok := bytes.Cut(field, []byte("-"))
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(string(lo), 16, 64)
		end, err2 := strconv.ParseUint(string(hi), 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		spans = append(spans, addrRange{uintptr(start), uintptr(end)})
	}
	return spans, sc.Err()
}

// releaseMapped drops this process's resident pages of the mappings spans
// (mappingsOf a store file). The pages stay in the kernel's page cache and
// fault back in on the next read, so nothing is lost or reread from disk;
// what changes is that a long build's resident set no longer grows with the
// store file. Bolt must not remap the file meanwhile: the caller holds a
// transaction (see pageReleaser.withMappings).
func releaseMapped(spans []addrRange) error {
	for _, s := range spans {
		// madvise takes an address, not a Go pointer: the mapping belongs to
		// bolt, and MADV_DONTNEED on a shared file mapping only unmaps pages.
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, s[0], s[1]-s[0], syscall.MADV_DONTNEED); errno != 0 {
			return errno
		}
	}
	return nil
}
