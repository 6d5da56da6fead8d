//go:build !linux || !(amd64 || arm64)

package graph

// faultAroundOff is not available here: fault-around stays on.
type faultAroundOff struct{}

func newFaultAroundOff() *faultAroundOff          { return nil }
func (f *faultAroundOff) cover(spans []addrRange) {}
func (f *faultAroundOff) close()                  {}
