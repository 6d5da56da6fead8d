package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "github.com/boltdb/bolt"
)

// The lock test re-executes the test binary as a second process that tries
// to open the store; these variables tell it what to do.
const (
	envChildBackend = "NEWSGRAPH_GRAPH_TEST_OPEN_BACKEND"
	envChildPath    = "NEWSGRAPH_GRAPH_TEST_OPEN_PATH"
)

func TestMain(m *testing.M) {
	if backend := os.Getenv(envChildBackend); backend != "" {
		os.Exit(childOpen(backend, os.Getenv(envChildPath)))
	}
	os.Exit(m.Run())
}

// childOpen opens the store and prints what happened: "inuse <ms> <error>",
// "error <ms> <error>" or "opened <ms>".
func childOpen(backend, path string) int {
	start := time.Now()
	s, err := Open(backend, path, false)
	ms := time.Since(start).Milliseconds()
	switch {
	case err == nil:
		s.Close()
		fmt.Printf("opened %d\n", ms)
	case errors.Is(err, ErrStoreInUse):
		fmt.Printf("inuse %d %v\n", ms, err)
	default:
		fmt.Printf("error %d %v\n", ms, err)
	}
	return 0
}

func TestSecondProcessGetsStoreInUse(t *testing.T) {
	for _, backend := range []string{"bolt", "bbolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			s, path := openNew(t, backend)
			put(t, NewWriter(s, WriterOptions{}), docA())

			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), envChildBackend+"="+backend, envChildPath+"="+path)
			out, err := cmd.Output()
			if ctx.Err() != nil {
				t.Fatalf("the second process hung opening a locked %s store", backend)
			}
			if err != nil {
				t.Fatalf("child: %v: %s", err, out)
			}
			var verdict string
			var ms int64
			fmt.Sscanf(string(out), "%s %d", &verdict, &ms)
			if verdict != "inuse" {
				t.Fatalf("second open: %s, want store in use", out)
			}
			if ms >= 2000 {
				t.Errorf("the in-use error took %d ms", ms)
			}
			if want := "store in use: " + path + " is locked by another process"; !strings.Contains(string(out), want) {
				t.Errorf("message %q, want it to contain %q", out, want)
			}

			// once closed, the other process can open it
			s.Close()
			cmd = exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), envChildBackend+"="+backend, envChildPath+"="+path)
			if out, err = cmd.Output(); err != nil || !strings.HasPrefix(string(out), "opened") {
				t.Fatalf("after close: %s %v", out, err)
			}
		})
	}
}

// flock locks conflict within one process too: a second Open here fails
// the same way instead of blocking.
func TestSecondOpenInProcess(t *testing.T) {
	for _, backend := range []string{"bolt", "bbolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			_, path := openNew(t, backend)
			for _, create := range []bool{false, true} {
				s2, err := Open(backend, path, create)
				if err == nil {
					s2.Close()
					t.Fatalf("second Open(create=%v) succeeded", create)
				}
				if !errors.Is(err, ErrStoreInUse) {
					t.Errorf("second Open(create=%v): %v, want ErrStoreInUse", create, err)
				}
			}
		})
	}
}

func TestNoStore(t *testing.T) {
	for _, backend := range []string{"bolt", "bbolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			path := storePath(t, backend)
			_, err := Open(backend, path, false)
			if !errors.Is(err, ErrNoStore) {
				t.Fatalf("Open(missing): %v, want ErrNoStore", err)
			}
			if want := "no store at " + path + " (run newsgraph build first)"; err.Error() != want {
				t.Errorf("message %q, want %q", err, want)
			}
			if _, statErr := os.Stat(path); !os.IsNotExist(statErr) {
				t.Errorf("opening without create left something at %s", path)
			}
		})
	}
	// an empty directory is no store either (and is fine to create in)
	dir := t.TempDir()
	if _, err := Open("bolt", dir, false); !errors.Is(err, ErrNoStore) {
		t.Errorf("bolt on an empty directory: %v, want ErrNoStore", err)
	}
	s, err := Open("bolt", dir, true)
	if err != nil {
		t.Fatalf("create in an empty directory: %v", err)
	}
	s.Close()
}

func TestUnknownBackend(t *testing.T) {
	_, err := Open("nosuchdb", t.TempDir(), true)
	if err == nil || !strings.Contains(err.Error(), "nosuchdb") || !strings.Contains(err.Error(), "bolt") {
		t.Errorf("unknown backend: %v", err)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func garbage(n int) []byte {
	b := make([]byte, n)
	rand.New(rand.NewSource(7)).Read(b)
	return b
}

func TestForeignPaths(t *testing.T) {
	text := []byte("Dear diary,\nthis is not a database.\n")
	type tc struct {
		name    string
		backend string
		setup   func(t *testing.T, dir string) string // returns the path to open
	}
	cases := []tc{
		{"bolt: text file as indexes.bolt", "bolt", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s", "indexes.bolt"), text)
			return filepath.Join(dir, "s")
		}},
		{"bolt: garbage indexes.bolt", "bolt", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s", "indexes.bolt"), garbage(64<<10))
			return filepath.Join(dir, "s")
		}},
		{"bolt: path is a file", "bolt", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s"), text)
			return filepath.Join(dir, "s")
		}},
		{"bolt: directory of junk", "bolt", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s", "notes.txt"), text)
			writeFile(t, filepath.Join(dir, "s", "data.bin"), garbage(1000))
			return filepath.Join(dir, "s")
		}},
		{"bolt: a bolt file that is not Cayley's", "bolt", func(t *testing.T, dir string) string {
			os.MkdirAll(filepath.Join(dir, "s"), 0o755)
			db, err := bolt.Open(filepath.Join(dir, "s", "indexes.bolt"), 0o644, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Update(func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket([]byte("stuff"))
				return b.Put([]byte("k"), []byte("v"))
			})
			db.Close()
			return filepath.Join(dir, "s")
		}},
		{"bbolt: text file", "bbolt", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s.db"), text)
			return filepath.Join(dir, "s.db")
		}},
		{"bbolt: garbage", "bbolt", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s.db"), garbage(64<<10))
			return filepath.Join(dir, "s.db")
		}},
		{"bbolt: empty file", "bbolt", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s.db"), nil)
			return filepath.Join(dir, "s.db")
		}},
		{"bbolt: path is a directory", "bbolt", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s.db", "x"), text)
			return filepath.Join(dir, "s.db")
		}},
		{"leveldb: path is a file", "leveldb", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s"), text)
			return filepath.Join(dir, "s")
		}},
		{"leveldb: directory of junk", "leveldb", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s", "notes.txt"), text)
			return filepath.Join(dir, "s")
		}},
		{"leveldb: garbage CURRENT and manifest", "leveldb", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "s", "CURRENT"), []byte("MANIFEST-000001\n"))
			writeFile(t, filepath.Join(dir, "s", "MANIFEST-000001"), garbage(4096))
			return filepath.Join(dir, "s")
		}},
		{"bolt: a leveldb store", "bolt", func(t *testing.T, dir string) string {
			s, err := Open("leveldb", filepath.Join(dir, "s"), true)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			return filepath.Join(dir, "s")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.setup(t, t.TempDir())
			before := snapshot(t, path)
			for _, create := range []bool{false, true} {
				s, err := Open(c.backend, path, create)
				if err == nil {
					s.Close()
					t.Fatalf("Open(create=%v) succeeded", create)
				}
				if !errors.Is(err, ErrNotStore) {
					t.Errorf("Open(create=%v): %v, want ErrNotStore", create, err)
				}
				if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "not a newsgraph/Cayley") {
					t.Errorf("message %q should name %s and say it is not a newsgraph/Cayley store", err, path)
				}
			}
			if after := snapshot(t, path); !bytes.Equal(before, after) {
				t.Errorf("opening a foreign path changed it")
			}
		})
	}
}

// snapshot is the names and contents of path (a file or a directory tree).
func snapshot(t *testing.T, path string) []byte {
	var buf bytes.Buffer
	filepath.Walk(path, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Fprintf(&buf, "%s %v\n", p, info.IsDir())
		if !info.IsDir() {
			data, _ := os.ReadFile(p)
			buf.Write(data)
		}
		return nil
	})
	return buf.Bytes()
}

func TestPostgresErrors(t *testing.T) {
	if os.Getenv("NEWSGRAPH_TEST_POSTGRES") == "" {
		t.Skip("NEWSGRAPH_TEST_POSTGRES not set")
	}
	dsn := postgresDB(t) // an empty database
	_, err := Open("postgres", dsn, false)
	if !errors.Is(err, ErrNoStore) || !strings.Contains(err.Error(), "run newsgraph build first") {
		t.Errorf("empty database: %v, want ErrNoStore", err)
	}
	bad := "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2"
	_, err = Open("postgres", bad, true)
	if err == nil {
		t.Fatal("opening an unreachable server succeeded")
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("the error shows the password: %v", err)
	}
	s, err := Open("postgres", dsn, true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// the writer's label lookups have an index
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM pg_indexes WHERE tablename = 'quads' AND indexdef LIKE '%(label_hash)%'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("label index: %d, %v", n, err)
	}
}

func TestCreateMakesParentDirectories(t *testing.T) {
	for _, backend := range []string{"bolt", "bbolt", "leveldb"} {
		path := filepath.Join(t.TempDir(), "a", "b", "store")
		s, err := Open(backend, path, true)
		if err != nil {
			t.Errorf("%s: %v", backend, err)
			continue
		}
		s.Close()
	}
}
