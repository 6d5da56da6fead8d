package main

import (
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/cayley/clog"
)

// cayleyLog routes Cayley's own log through newsgraph: its chatter (info)
// is dropped, its warnings and errors are shown as "cayley: ...".
type cayleyLog struct{ w io.Writer }

func (l cayleyLog) Infof(string, ...interface{}) {}
func (l cayleyLog) Warningf(f string, a ...interface{}) {
	fmt.Fprintf(l.w, "cayley: warning: "+f+"\n", a...)
}
func (l cayleyLog) Errorf(f string, a ...interface{}) { fmt.Fprintf(l.w, "cayley: "+f+"\n", a...) }
func (l cayleyLog) Fatalf(f string, a ...interface{}) {
	fmt.Fprintf(l.w, "cayley: "+f+"\n", a...)
	os.Exit(1)
}
func (l cayleyLog) V(int) bool { return false }
func (l cayleyLog) SetV(int)   {}

func init() { clog.SetLogger(cayleyLog{os.Stderr}) }
