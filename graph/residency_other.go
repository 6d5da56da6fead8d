//go:build !linux

package graph

// residentBytes is not measured where /proc/self/statm does not exist.
func residentBytes() (file, anon int64, err error) { return -1, -1, nil }

// releaseMapped is a no-op where /proc/self/maps does not tell the mappings.
func releaseMapped(spans []addrRange) error { return nil }

// mappingsOf finds no mapping where /proc/self/maps does not exist.
func mappingsOf(file string) ([]addrRange, error) { return nil, nil }
