package queries

import (
	"bytes"
	"testing"
)

func TestTableWriter(t *testing.T) {
	var b bytes.Buffer
	w := NewTableWriter(&b)
	w.Write(Row{"name": "Wang Wenbin", "date": "2021-08-26", "n": int64(3)})
	w.Write(Row{"name": "王文斌", "extra": []interface{}{"a", "b"}, "n": 12.5})
	w.Write(Row{"name": "line\nbreak"})
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"date        extra  n     name\n" +
		"----------  -----  ----  -----------\n" +
		"2021-08-26         3     Wang Wenbin\n" +
		"            a; b   12.5  王文斌\n" +
		"                         line break\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestJSONWriter(t *testing.T) {
	var b bytes.Buffer
	w, err := NewWriter("json", &b)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(Row{"b": "x<y", "a": 1})
	w.Write(Row{"id": "<ng:id/x>"})
	w.Flush()
	want := `{"a":1,"b":"x<y"}` + "\n" + `{"id":"<ng:id/x>"}` + "\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	if _, err := NewWriter("xml", &b); err == nil {
		t.Error("unknown format accepted")
	}
}
