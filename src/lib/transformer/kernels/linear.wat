;; y[t, j] = b[j] + x[t] . W[j] for n rows: the linear layer of ops.ts (linearForward), in WebAssembly SIMD.
;; x and y are f64 (activations), W [out, in] and b are f32 (weights), all row-major, addressed in bytes.
;; Every sum is formed exactly as the JavaScript forms it, so results are bit for bit the same: four accumulators
;; a0..a3 take the products of elements i, i+1, i+2, i+3 (here two f64x2 lanes, (a0, a1) and (a2, a3)); each product
;; and each sum is rounded to f64 on its own (a multiply, then an add: no fused multiply-add); leftover elements
;; (in % 4) go to a0; and the row's value is b[j] + ((a0 + a1) + (a2 + a3)). Two rows are done at a time, so each
;; weight is loaded once for both; a last odd row is done alone.
;; Rebuild: npm run build:kernels (the test in kernels.test.ts fails if this file and linear-wasm.ts disagree).
(module
  (memory (export "memory") 1)
  (func $finish (param $lo v128) (param $hi v128) (param $tail f64) (param $bias f64) (result f64)
    ;; b + ((a0 + tail) + a1 + (a2 + a3)): a0 has taken the leftover products in order (tail is them added to a0)
    (f64.add
      (local.get $bias)
      (f64.add
        (f64.add (local.get $tail) (f64x2.extract_lane 1 (local.get $lo)))
        (f64.add (f64x2.extract_lane 0 (local.get $hi)) (f64x2.extract_lane 1 (local.get $hi))))))
  (func (export "linear") (param $x i32) (param $n i32) (param $in i32) (param $w i32) (param $b i32) (param $out i32) (param $y i32)
    (local $t i32) (local $j i32) (local $i i32) (local $in4 i32)
    (local $xr i32) (local $xs i32) (local $wr i32) (local $yr i32) (local $ys i32)
    (local $a01 v128) (local $a23 v128) (local $c01 v128) (local $c23 v128)
    (local $wv v128) (local $w01 v128) (local $w23 v128)
    (local $ta f64) (local $tc f64) (local $wi f64) (local $bias f64)
    (local.set $in4 (i32.and (local.get $in) (i32.const -4)))
    ;; two rows at a time
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.gt_s (i32.add (local.get $t) (i32.const 1)) (i32.sub (local.get $n) (i32.const 1))))
        (local.set $xr (i32.add (local.get $x) (i32.shl (i32.mul (local.get $t) (local.get $in)) (i32.const 3))))
        (local.set $xs (i32.add (local.get $xr) (i32.shl (local.get $in) (i32.const 3))))
        (local.set $yr (i32.add (local.get $y) (i32.shl (i32.mul (local.get $t) (local.get $out)) (i32.const 3))))
        (local.set $ys (i32.add (local.get $yr) (i32.shl (local.get $out) (i32.const 3))))
        (local.set $j (i32.const 0))
        (block $cols_done
          (loop $cols
            (br_if $cols_done (i32.ge_s (local.get $j) (local.get $out)))
            (local.set $wr (i32.add (local.get $w) (i32.shl (i32.mul (local.get $j) (local.get $in)) (i32.const 2))))
            (local.set $a01 (v128.const f64x2 0 0))
            (local.set $a23 (v128.const f64x2 0 0))
            (local.set $c01 (v128.const f64x2 0 0))
            (local.set $c23 (v128.const f64x2 0 0))
            (local.set $i (i32.const 0))
            (block $dot_done
              (loop $dot
                (br_if $dot_done (i32.ge_s (local.get $i) (local.get $in4)))
                (local.set $wv (v128.load align=4 (i32.add (local.get $wr) (i32.shl (local.get $i) (i32.const 2)))))
                (local.set $w01 (f64x2.promote_low_f32x4 (local.get $wv)))
                (local.set $w23 (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $wv) (local.get $wv))))
                (local.set $a01 (f64x2.add (local.get $a01) (f64x2.mul (v128.load align=8 (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3)))) (local.get $w01))))
                (local.set $a23 (f64x2.add (local.get $a23) (f64x2.mul (v128.load offset=16 align=8 (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3)))) (local.get $w23))))
                (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (v128.load align=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $w01))))
                (local.set $c23 (f64x2.add (local.get $c23) (f64x2.mul (v128.load offset=16 align=8 (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $w23))))
                (local.set $i (i32.add (local.get $i) (i32.const 4)))
                (br $dot)))
            ;; leftover elements into a0 (and c0), in order
            (local.set $ta (f64x2.extract_lane 0 (local.get $a01)))
            (local.set $tc (f64x2.extract_lane 0 (local.get $c01)))
            (block $tail_done
              (loop $tail
                (br_if $tail_done (i32.ge_s (local.get $i) (local.get $in)))
                (local.set $wi (f64.promote_f32 (f32.load (i32.add (local.get $wr) (i32.shl (local.get $i) (i32.const 2))))))
                (local.set $ta (f64.add (local.get $ta) (f64.mul (f64.load (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3)))) (local.get $wi))))
                (local.set $tc (f64.add (local.get $tc) (f64.mul (f64.load (i32.add (local.get $xs) (i32.shl (local.get $i) (i32.const 3)))) (local.get $wi))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $tail)))
            (local.set $bias (f64.promote_f32 (f32.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))))
            (f64.store (i32.add (local.get $yr) (i32.shl (local.get $j) (i32.const 3)))
              (call $finish (local.get $a01) (local.get $a23) (local.get $ta) (local.get $bias)))
            (f64.store (i32.add (local.get $ys) (i32.shl (local.get $j) (i32.const 3)))
              (call $finish (local.get $c01) (local.get $c23) (local.get $tc) (local.get $bias)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $cols)))
        (local.set $t (i32.add (local.get $t) (i32.const 2)))
        (br $rows)))
    ;; a last odd row
    (if (i32.lt_s (local.get $t) (local.get $n))
      (then
        (local.set $xr (i32.add (local.get $x) (i32.shl (i32.mul (local.get $t) (local.get $in)) (i32.const 3))))
        (local.set $yr (i32.add (local.get $y) (i32.shl (i32.mul (local.get $t) (local.get $out)) (i32.const 3))))
        (local.set $j (i32.const 0))
        (block $cols1_done
          (loop $cols1
            (br_if $cols1_done (i32.ge_s (local.get $j) (local.get $out)))
            (local.set $wr (i32.add (local.get $w) (i32.shl (i32.mul (local.get $j) (local.get $in)) (i32.const 2))))
            (local.set $a01 (v128.const f64x2 0 0))
            (local.set $a23 (v128.const f64x2 0 0))
            (local.set $i (i32.const 0))
            (block $dot1_done
              (loop $dot1
                (br_if $dot1_done (i32.ge_s (local.get $i) (local.get $in4)))
                (local.set $wv (v128.load align=4 (i32.add (local.get $wr) (i32.shl (local.get $i) (i32.const 2)))))
                (local.set $a01 (f64x2.add (local.get $a01) (f64x2.mul (v128.load align=8 (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3)))) (f64x2.promote_low_f32x4 (local.get $wv)))))
                (local.set $a23 (f64x2.add (local.get $a23) (f64x2.mul (v128.load offset=16 align=8 (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3))))
                  (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $wv) (local.get $wv))))))
                (local.set $i (i32.add (local.get $i) (i32.const 4)))
                (br $dot1)))
            (local.set $ta (f64x2.extract_lane 0 (local.get $a01)))
            (block $tail1_done
              (loop $tail1
                (br_if $tail1_done (i32.ge_s (local.get $i) (local.get $in)))
                (local.set $ta (f64.add (local.get $ta) (f64.mul (f64.load (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3))))
                  (f64.promote_f32 (f32.load (i32.add (local.get $wr) (i32.shl (local.get $i) (i32.const 2))))))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $tail1)))
            (f64.store (i32.add (local.get $yr) (i32.shl (local.get $j) (i32.const 3)))
              (call $finish (local.get $a01) (local.get $a23) (local.get $ta)
                (f64.promote_f32 (f32.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2)))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $cols1)))))))
