package graph

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// releaseMapped drops this process's resident pages of every memory mapping
// of file (bolt and bbolt read their whole database through one read-only
// shared mapping). The pages stay in the kernel's page cache and fault back
// in on the next read, so nothing is lost or reread from disk; what changes
// is that a long build's resident set no longer grows with the store file
// (a 100,000-document bolt store is 5 GB, most of it touched once while
// writing). It must run when no transaction is open, so that bolt cannot be
// remapping the file at the same time: the writer calls it after a commit.
// It returns the bytes that were resident (from /proc/self/smaps).
func releaseMapped(file string) (int64, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return -1, err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	smaps, err := os.Open("/proc/self/smaps")
	if err != nil {
		return -1, err
	}
	defer smaps.Close()
	var ranges [][2]uintptr
	var resident int64
	in := false
	sc := bufio.NewScanner(smaps)
	suffix := []byte(" " + abs)
	for sc.Scan() {
		line := sc.Bytes()
		if in && bytes.HasPrefix(line, []byte("Rss:")) {
			kb, _ := strconv.ParseInt(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimPrefix(line, []byte("Rss:")), []byte("kB")))), 10, 64)
			resident += kb << 10
			continue
		}
		if !isMappingLine(line) {
			continue
		}
		in = bytes.HasSuffix(line, suffix)
		if !in {
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
		return -1, err
	}
	for _, r := range ranges {
		// madvise takes an address, not a Go pointer: the mapping belongs to
		// bolt, and MADV_DONTNEED on a shared file mapping only unmaps pages.
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, r[0], r[1]-r[0], syscall.MADV_DONTNEED); errno != 0 {
			return resident, errno
		}
	}
	return resident, nil
}

// isMappingLine tells a mapping's header line in smaps ("7f..-7f.. r--s ...")
// from its "Key: value" lines.
func isMappingLine(line []byte) bool {
	sp := bytes.IndexByte(line, ' ')
	return sp > 0 && bytes.IndexByte(line[:sp], '-') > 0 && line[sp-1] != ':'
}
