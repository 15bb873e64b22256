;; The Transformer's heaviest loops in WebAssembly SIMD: the linear layer forward and backward, and attention (ops.ts's
;; linearForward, linearBackward, attentionForward and attentionProbs), bit for bit what the JavaScript computes.
;; Addresses are in bytes.
;;
;; linear: y[t, j] = b[j] + x[t] . W[j] for n rows.
;; x and y are f64 (activations), W [out, in] and b are f32 (weights), all row-major, addressed in bytes.
;; Every sum is formed exactly as the JavaScript forms it, so results are bit for bit the same: four accumulators
;; a0..a3 take the products of elements i, i+1, i+2, i+3 (here two f64x2 lanes, (a0, a1) and (a2, a3)); each product
;; and each sum is rounded to f64 on its own (a multiply, then an add: no fused multiply-add); leftover elements
;; (in % 4) go to a0; and the row's value is b[j] + ((a0 + a1) + (a2 + a3)). Two rows are done at a time, so each
;; weight is loaded once for both; a last odd row is done alone.
;; Rebuild: npm run build:kernels (the test in kernels.test.ts fails if this file and kernels-wasm.ts disagree).
(module
  ;; Math.exp, so every exponential is the one JavaScript computes.
  (import "math" "exp" (func $exp (param f64) (result f64)))
  (memory (export "memory") 1)
  (func $finish (param $lo v128) (param $hi v128) (param $tail f64) (param $bias f64) (result f64)
    ;; b + ((t + a1) + (a2 + a3)), where t is a0 with the leftover products added to it in order
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
            (br $cols1))))))
  ;; Dot product of two f64 rows a[0 .. len) and b[0 .. len), as ops.ts's dotActs forms it: four accumulators s0..s3
  ;; over elements i, i+1, i+2, i+3 (two f64x2 lanes), the leftover elements into s0, then (s0 + s1) + (s2 + s3).
  (func $dot (param $a i32) (param $b i32) (param $len i32) (result f64)
    (local $i i32) (local $len4 i32) (local $s01 v128) (local $s23 v128) (local $s0 f64)
    (local.set $len4 (i32.and (local.get $len) (i32.const -4)))
    (block $done
      (loop $quads
        (br_if $done (i32.ge_s (local.get $i) (local.get $len4)))
        (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul
          (v128.load align=8 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3))))
          (v128.load align=8 (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $s23 (f64x2.add (local.get $s23) (f64x2.mul
          (v128.load offset=16 align=8 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3))))
          (v128.load offset=16 align=8 (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $quads)))
    (local.set $s0 (f64x2.extract_lane 0 (local.get $s01)))
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_s (local.get $i) (local.get $len)))
        (local.set $s0 (f64.add (local.get $s0) (f64.mul
          (f64.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3))))
          (f64.load (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $tail)))
    (f64.add
      (f64.add (local.get $s0) (f64x2.extract_lane 1 (local.get $s01)))
      (f64.add (f64x2.extract_lane 0 (local.get $s23)) (f64x2.extract_lane 1 (local.get $s23)))))

  ;; attention: for each head h and query i, probs[h, i, :] = softmax over the visible keys of (q_i . k_j) * scale
  ;; (exactly 0 where mask[i, j] is 0), as ops.ts's attentionRow computes it; then, when $v is not 0 (attentionForward),
  ;; ctx[i, head h's columns] = sum over visible j, in order, of probs[h, i, j] * v[j, head h's columns], ctx zeroed
  ;; first. q [nq, d], k and v [nk, d], ctx [nq, d] and probs [H, nq, nk] are f64; mask [nq, nk] is bytes, 1 = visible.
  (func (export "attention") (param $q i32) (param $k i32) (param $v i32) (param $nq i32) (param $nk i32) (param $d i32)
      (param $heads i32) (param $mask i32) (param $probs i32) (param $ctx i32)
    (local $hd i32) (local $scale f64) (local $h i32) (local $i i32) (local $j i32) (local $c i32)
    (local $qRow i32) (local $pRow i32) (local $mRow i32) (local $cRow i32) (local $vRow i32) (local $hoBytes i32)
    (local $s f64) (local $max f64) (local $sum f64) (local $inv f64) (local $p f64) (local $pp v128) (local $hd2 i32)
    (local.set $hd (i32.div_s (local.get $d) (local.get $heads)))
    (local.set $hd2 (i32.and (local.get $hd) (i32.const -2)))
    (local.set $scale (f64.div (f64.const 1) (f64.sqrt (f64.convert_i32_s (local.get $hd)))))
    (if (local.get $v)
      (then (memory.fill (local.get $ctx) (i32.const 0) (i32.shl (i32.mul (local.get $nq) (local.get $d)) (i32.const 3)))))
    (block $heads_done
      (loop $head
        (br_if $heads_done (i32.ge_s (local.get $h) (local.get $heads)))
        (local.set $hoBytes (i32.shl (i32.mul (local.get $h) (local.get $hd)) (i32.const 3)))
        (local.set $i (i32.const 0))
        (block $queries_done
          (loop $query
            (br_if $queries_done (i32.ge_s (local.get $i) (local.get $nq)))
            (local.set $qRow (i32.add (i32.add (local.get $q) (i32.shl (i32.mul (local.get $i) (local.get $d)) (i32.const 3))) (local.get $hoBytes)))
            (local.set $pRow (i32.add (local.get $probs) (i32.shl (i32.mul (i32.add (i32.mul (local.get $h) (local.get $nq)) (local.get $i)) (local.get $nk)) (i32.const 3))))
            (local.set $mRow (i32.add (local.get $mask) (i32.mul (local.get $i) (local.get $nk))))
            ;; scores and their maximum
            (local.set $max (f64.const -inf))
            (local.set $j (i32.const 0))
            (block $scores_done
              (loop $score
                (br_if $scores_done (i32.ge_s (local.get $j) (local.get $nk)))
                (if (i32.eqz (i32.load8_u (i32.add (local.get $mRow) (local.get $j))))
                  (then (f64.store (i32.add (local.get $pRow) (i32.shl (local.get $j) (i32.const 3))) (f64.const 0)))
                  (else
                    (local.set $s (f64.mul
                      (call $dot (local.get $qRow)
                        (i32.add (i32.add (local.get $k) (i32.shl (i32.mul (local.get $j) (local.get $d)) (i32.const 3))) (local.get $hoBytes))
                        (local.get $hd))
                      (local.get $scale)))
                    (f64.store (i32.add (local.get $pRow) (i32.shl (local.get $j) (i32.const 3))) (local.get $s))
                    (if (f64.gt (local.get $s) (local.get $max)) (then (local.set $max (local.get $s))))))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $score)))
            ;; exponentials and their sum
            (local.set $sum (f64.const 0))
            (local.set $j (i32.const 0))
            (block $exps_done
              (loop $exps
                (br_if $exps_done (i32.ge_s (local.get $j) (local.get $nk)))
                (if (i32.load8_u (i32.add (local.get $mRow) (local.get $j)))
                  (then
                    (local.set $s (call $exp (f64.sub (f64.load (i32.add (local.get $pRow) (i32.shl (local.get $j) (i32.const 3)))) (local.get $max))))
                    (f64.store (i32.add (local.get $pRow) (i32.shl (local.get $j) (i32.const 3))) (local.get $s))
                    (local.set $sum (f64.add (local.get $sum) (local.get $s)))))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $exps)))
            ;; normalised
            (local.set $inv (f64.div (f64.const 1) (local.get $sum)))
            (local.set $j (i32.const 0))
            (block $norm_done
              (loop $norm
                (br_if $norm_done (i32.ge_s (local.get $j) (local.get $nk)))
                (if (i32.load8_u (i32.add (local.get $mRow) (local.get $j)))
                  (then (f64.store (i32.add (local.get $pRow) (i32.shl (local.get $j) (i32.const 3)))
                    (f64.mul (f64.load (i32.add (local.get $pRow) (i32.shl (local.get $j) (i32.const 3)))) (local.get $inv)))))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $norm)))
            ;; the context row: sum of the visible values, weighted
            (if (local.get $v)
              (then
                (local.set $cRow (i32.add (i32.add (local.get $ctx) (i32.shl (i32.mul (local.get $i) (local.get $d)) (i32.const 3))) (local.get $hoBytes)))
                (local.set $j (i32.const 0))
                (block $values_done
                  (loop $value
                    (br_if $values_done (i32.ge_s (local.get $j) (local.get $nk)))
                    (if (i32.load8_u (i32.add (local.get $mRow) (local.get $j)))
                      (then
                        (local.set $p (f64.load (i32.add (local.get $pRow) (i32.shl (local.get $j) (i32.const 3)))))
                        (local.set $pp (f64x2.splat (local.get $p)))
                        (local.set $vRow (i32.add (i32.add (local.get $v) (i32.shl (i32.mul (local.get $j) (local.get $d)) (i32.const 3))) (local.get $hoBytes)))
                        (local.set $c (i32.const 0))
                        (block $pairs_done
                          (loop $pair
                            (br_if $pairs_done (i32.ge_s (local.get $c) (local.get $hd2)))
                            (v128.store align=8 (i32.add (local.get $cRow) (i32.shl (local.get $c) (i32.const 3)))
                              (f64x2.add
                                (v128.load align=8 (i32.add (local.get $cRow) (i32.shl (local.get $c) (i32.const 3))))
                                (f64x2.mul (local.get $pp) (v128.load align=8 (i32.add (local.get $vRow) (i32.shl (local.get $c) (i32.const 3)))))))
                            (local.set $c (i32.add (local.get $c) (i32.const 2)))
                            (br $pair)))
                        (if (i32.lt_s (local.get $c) (local.get $hd))
                          (then (f64.store (i32.add (local.get $cRow) (i32.shl (local.get $c) (i32.const 3)))
                            (f64.add
                              (f64.load (i32.add (local.get $cRow) (i32.shl (local.get $c) (i32.const 3))))
                              (f64.mul (local.get $p) (f64.load (i32.add (local.get $vRow) (i32.shl (local.get $c) (i32.const 3)))))))))))
                    (local.set $j (i32.add (local.get $j) (i32.const 1)))
                    (br $value)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $query)))
        (local.set $h (i32.add (local.get $h) (i32.const 1)))
        (br $head))))

  ;; dotRows: out[r, s] += dot(a[r], b[s]) for every row r of a [rows, len] and s of b [cols, len], all f64, each dot
  ;; formed as $dot forms it and added to out [rows, cols] once: the products of linearBackward (dW += dy^T x over
  ;; transposed copies, dx += dy W).
  (func (export "dotRows") (param $a i32) (param $rows i32) (param $b i32) (param $cols i32) (param $len i32) (param $out i32)
    (local $r i32) (local $s i32) (local $aRow i32) (local $at i32)
    (block $rows_done
      (loop $row
        (br_if $rows_done (i32.ge_s (local.get $r) (local.get $rows)))
        (local.set $aRow (i32.add (local.get $a) (i32.shl (i32.mul (local.get $r) (local.get $len)) (i32.const 3))))
        (local.set $s (i32.const 0))
        (block $cols_done
          (loop $col
            (br_if $cols_done (i32.ge_s (local.get $s) (local.get $cols)))
            (local.set $at (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $s)) (i32.const 3))))
            (f64.store (local.get $at)
              (f64.add (f64.load (local.get $at))
                (call $dot (local.get $aRow)
                  (i32.add (local.get $b) (i32.shl (i32.mul (local.get $s) (local.get $len)) (i32.const 3)))
                  (local.get $len))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $col)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row))))
)
