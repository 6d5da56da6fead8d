package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "github.com/boltdb/bolt"
	bbolt "github.com/coreos/bbolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb"
	lerrors "github.com/syndtr/goleveldb/leveldb/errors"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// validate opens an existing local store read-only, without Cayley, and
// checks that it holds Cayley's metadata. Cayley's own open neither closes
// the database when the metadata is missing (the file stays locked by this
// process) nor leaves a foreign directory untouched (LevelDB writes a log),
// and a damaged file may make it panic.
func validate(k kind, backend, path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errNotStore(path, backend, fmt.Sprint("damaged: ", r), nil)
		}
	}()
	var version []byte
	switch k {
	case kindBolt, kindBBolt:
		version, err = boltVersion(k, lockFile(k, path))
	case kindLevelDB:
		version, err = levelDBVersion(path)
	default:
		return nil
	}
	switch {
	case errors.Is(err, ErrStoreInUse):
		return errInUse(path)
	case err != nil:
		return errNotStore(path, backend, err.Error(), err)
	case version == nil:
		return errNotStore(path, backend, "no Cayley metadata", nil)
	}
	return nil
}

var (
	metaBucket = []byte("meta")
	versionKey = []byte("version")
)

func boltVersion(k kind, file string) ([]byte, error) {
	var version []byte
	get := func(b interface{ Get([]byte) []byte }) {
		if v := b.Get(versionKey); v != nil {
			version = append([]byte(nil), v...)
		}
	}
	if k == kindBolt {
		db, err := bolt.Open(file, 0o644, &bolt.Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, ErrStoreInUse
		} else if err != nil {
			return nil, err
		}
		defer db.Close()
		err = db.View(func(tx *bolt.Tx) error {
			if b := tx.Bucket(metaBucket); b != nil {
				get(b)
			}
			return nil
		})
		return version, err
	}
	db, err := bbolt.Open(file, 0o644, &bbolt.Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
	if errors.Is(err, bbolt.ErrTimeout) {
		return nil, ErrStoreInUse
	} else if err != nil {
		return nil, err
	}
	defer db.Close()
	err = db.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket(metaBucket); b != nil {
			get(b)
		}
		return nil
	})
	return version, err
}

func levelDBVersion(dir string) ([]byte, error) {
	if _, err := os.Stat(filepath.Join(dir, "LOCK")); err != nil {
		// every LevelDB directory has one; opening would create it
		return nil, errors.New("no LOCK file")
	}
	ldb, err := leveldb.OpenFile(dir, &opt.Options{ReadOnly: true, ErrorIfMissing: true})
	if err != nil {
		if lerrors.IsCorrupted(err) {
			return nil, fmt.Errorf("corrupt: %w", err)
		}
		if isLockErr(err) {
			return nil, ErrStoreInUse
		}
		return nil, err
	}
	db := flat.Upgrade(hleveldb.New(ldb))
	defer db.Close()
	var version []byte
	err = hkv.View(db, func(tx hkv.Tx) error {
		v, err := tx.Get(context.Background(), hkv.Key{metaBucket, versionKey})
		if err == nil {
			version = append([]byte(nil), v...)
		} else if err == hkv.ErrNotFound {
			err = nil
		}
		return err
	})
	return version, err
}
