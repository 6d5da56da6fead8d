// Package source finds the documents to read: it walks files and folders
// (and "-", stdin) in a deterministic order and hands each file's bytes on
// as it reaches it, never holding more than one file in memory.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"newsgraph/loader/document"
)

// Item is one file found: its path as walked, its bytes, or why it could not
// be read (Data is then nil).
type Item struct {
	Path string // "-" for stdin
	Data []byte
	Err  error
}

// ErrLoop is the Err of an Item for a directory reached again inside itself
// through a symbolic link.
var ErrLoop = errors.New("directory loop")

// ErrSeen is the Err of an Item for a directory or file already walked under
// another path (two links to one place); it is not read again.
var ErrSeen = errors.New("already walked")

// Options tune a walk; the zero value is the default.
type Options struct {
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Accept says which files found in folders are read; nil means files
	// whose extension a registered document format reads (not files with
	// no extension). Files named explicitly are read whatever their name.
	Accept func(path string) bool
}

// Walk calls fn with an Item for each file in paths, with the defaults.
func Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	return Options{}.Walk(ctx, paths, fn)
}

// Walk calls fn with an Item for each file in paths, in order: a file as it
// is, a folder recursively with its entries sorted by name (hidden entries,
// starting with ".", skipped), "-" as stdin. Symbolic links are followed; a
// directory reached again inside itself gives one Item with ErrLoop, one
// reached twice otherwise one with ErrSeen. A missing or unreadable path,
// or a file above document.MaxSize (checked before reading it), gives an
// Item with Err and the walk goes on. Each file is read just before fn is
// called with it. Walk stops with fn's error, or ctx's when it is done.
func (o Options) Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	w := walker{ctx: ctx, o: o, fn: fn, seen: map[string]string{}}
	if w.o.Accept == nil {
		w.o.Accept = acceptFormat
	}
	for _, p := range paths {
		if err := w.path(p); err != nil {
			return err
		}
	}
	return nil
}

func acceptFormat(path string) bool {
	ext := filepath.Ext(path)
	if ext == "" {
		return false
	}
	_, ok := document.ForExt(ext)
	return ok
}

type walker struct {
	ctx  context.Context
	o    Options
	fn   func(Item) error
	seen map[string]string // real path -> path first walked as
}

func (w *walker) emit(it Item) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.fn(it)
}

// path walks one path given by the user.
func (w *walker) path(p string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if p == "-" {
		return w.emit(w.stdin())
	}
	fi, err := os.Stat(p)
	if err != nil {
		return w.emit(Item{Path: p, Err: err})
	}
	if fi.IsDir() {
		return w.dir(p, nil)
	}
	return w.file(p, fi)
}

func (w *walker) stdin() Item {
	r := w.o.Stdin
	if r == nil {
		r = os.Stdin
	}
	data, err := readLimited(r, "-")
	return Item{Path: "-", Data: data, Err: err}
}

// dir walks a directory; stack holds the real paths of the directories it
// is inside.
func (w *walker) dir(p string, stack []string) error {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return w.emit(Item{Path: p, Err: err})
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	for _, s := range stack {
		if s == real {
			return w.emit(Item{Path: p, Err: &fs.PathError{Op: "walk", Path: p, Err: ErrLoop}})
		}
	}
	if first, ok := w.seen[real]; ok {
		return w.emit(Item{Path: p, Err: &fs.PathError{Op: "walk", Path: p, Err: fmt.Errorf("%w as %s", ErrSeen, first)}})
	}
	w.seen[real] = p
	entries, err := os.ReadDir(p) // sorted by name
	if err != nil {
		return w.emit(Item{Path: p, Err: err})
	}
	stack = append(stack, real)
	for _, e := range entries {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		q := filepath.Join(p, e.Name())
		fi, err := os.Stat(q) // follows links
		if err != nil {
			if e.Type()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
				err = &fs.PathError{Op: "walk", Path: q, Err: fmt.Errorf("broken symbolic link: %w", fs.ErrNotExist)}
			}
			if err := w.emit(Item{Path: q, Err: err}); err != nil {
				return err
			}
			continue
		}
		switch {
		case fi.IsDir():
			err = w.dir(q, stack)
		case fi.Mode().IsRegular() && w.o.Accept(q):
			err = w.file(q, fi)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// file reads one file, unless it is too large or was read before.
func (w *walker) file(p string, fi fs.FileInfo) error {
	if real, err := filepath.EvalSymlinks(p); err == nil {
		if abs, err := filepath.Abs(real); err == nil {
			real = abs
		}
		if first, ok := w.seen[real]; ok {
			return w.emit(Item{Path: p, Err: &fs.PathError{Op: "read", Path: p, Err: fmt.Errorf("%w as %s", ErrSeen, first)}})
		}
		w.seen[real] = p
	}
	if fi.Mode().IsRegular() && fi.Size() > document.MaxSize {
		return w.emit(Item{Path: p, Err: document.TooLarge(p, fi.Size())})
	}
	f, err := os.Open(p)
	if err != nil {
		return w.emit(Item{Path: p, Err: err})
	}
	data, err := readLimited(f, p)
	f.Close()
	return w.emit(Item{Path: p, Data: data, Err: err})
}

// readLimited reads r to its end, failing with document's "too large" error
// past document.MaxSize without reading further.
func readLimited(r io.Reader, p string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, document.MaxSize+1))
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: p, Err: err}
	}
	if int64(len(data)) > document.MaxSize {
		return nil, document.TooLarge(p, int64(len(data)))
	}
	return data, nil
}
