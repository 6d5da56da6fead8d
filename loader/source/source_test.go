package source

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/loader/document"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// collect walks paths and returns "path" for each file read and
// "path!reason" for each error.
func collect(t *testing.T, o Options, paths ...string) []string {
	t.Helper()
	var out []string
	err := o.Walk(context.Background(), paths, func(it Item) error {
		switch {
		case it.Err != nil:
			reason := "error"
			switch {
			case errors.Is(it.Err, ErrLoop):
				reason = "loop"
			case errors.Is(it.Err, ErrSeen):
				reason = "seen"
			case errors.Is(it.Err, fs.ErrNotExist):
				reason = "missing"
			case errors.Is(it.Err, fs.ErrPermission):
				reason = "permission"
			}
			var de *document.Error
			if errors.As(it.Err, &de) {
				reason = "large"
			}
			out = append(out, it.Path+"!"+reason)
		default:
			if want := filepath.Base(it.Path); it.Path != "-" && string(it.Data) != want {
				t.Errorf("%s: data %q", it.Path, it.Data)
			}
			out = append(out, it.Path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func rel(dir string, xs []string) string {
	for i, x := range xs {
		xs[i] = strings.TrimPrefix(x, dir+string(filepath.Separator))
	}
	return strings.Join(xs, " ")
}

func TestWalkFolders(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.md", "c.pdf", "noext", "sub/z.TXT", "sub/deeper/y.txt", ".hidden/h.txt", "other/o.txt"} {
		write(t, filepath.Join(dir, name), filepath.Base(name))
	}
	if err := os.Symlink("..", filepath.Join(dir, "sub", "up")); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "other"), filepath.Join(dir, "sub", "same")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "broken.txt")); err != nil {
		t.Fatal(err)
	}
	got := rel(dir, collect(t, Options{}, dir))
	want := "a.md b.txt broken.txt!missing other/o.txt sub/deeper/y.txt sub/same!seen sub/up!loop sub/z.TXT"
	if got != want {
		t.Errorf("walk:\n got %s\nwant %s", got, want)
	}
	// Explicit files are read whatever their extension; missing paths are
	// reported and the walk goes on.
	got = rel(dir, collect(t, Options{}, filepath.Join(dir, "c.pdf"), filepath.Join(dir, "nothing.txt"), filepath.Join(dir, "b.txt", "x"), filepath.Join(dir, "noext")))
	if want := "c.pdf nothing.txt!missing b.txt/x!error noext"; got != want {
		t.Errorf("files:\n got %s\nwant %s", got, want)
	}
}

func TestWalkStdin(t *testing.T) {
	var got []Item
	err := Options{Stdin: strings.NewReader("from stdin")}.Walk(context.Background(), []string{"-"}, func(it Item) error {
		got = append(got, it)
		return nil
	})
	if err != nil || len(got) != 1 || got[0].Path != "-" || string(got[0].Data) != "from stdin" {
		t.Fatalf("%v %+v", err, got)
	}
	d, err := document.Parse(got[0].Path, []byte("The envoy met the minister on Monday, officials said."))
	if err != nil || d.Info.Identifier != "stdin" {
		t.Errorf("identifier %v %v", d, err)
	}
}

func TestWalkTooLarge(t *testing.T) {
	old := document.MaxSize
	document.MaxSize = 10
	defer func() { document.MaxSize = old }()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "big.txt"), "0123456789abcdef")
	write(t, filepath.Join(dir, "ok.txt"), "ok.txt")
	got := rel(dir, collect(t, Options{Stdin: strings.NewReader("0123456789abcdef")}, dir, "-"))
	if want := "big.txt!large ok.txt -!large"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "a.txt")
	write(t, filepath.Join(dir, "b.txt"), "b.txt")
	write(t, filepath.Join(dir, "locked", "c.txt"), "c.txt")
	if err := os.Chmod(filepath.Join(dir, "a.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
	got := rel(dir, collect(t, Options{}, dir))
	if want := "a.txt!permission b.txt locked!permission"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		write(t, filepath.Join(dir, name), name)
	}
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{dir}, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("err %v after %d items", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{dir}, func(Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("canceled: err %v after %d items", err, n)
	}
}
