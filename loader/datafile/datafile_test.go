package datafile

import (
	"reflect"
	"testing"
	"testing/fstest"
)

func TestLines(t *testing.T) {
	fsys := fstest.MapFS{"l.tsv": {Data: []byte("# comment\nurge\tDemand\t10\r\n\n   \nsaid\n")}}
	got := Lines(fsys, "l.tsv")
	want := [][]string{{"urge", "Demand", "10"}, {"said"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
	defer func() {
		if recover() == nil {
			t.Error("a missing embedded file must panic")
		}
	}()
	Lines(fsys, "missing.tsv")
}
