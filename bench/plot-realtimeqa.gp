# Recall@k per engine on RealTimeQA, from the table the realtimeqa benchmark writes.
# Usage: gnuplot -e "data='bench/results/realtimeqa-recall.tsv'; out='bench/results/realtimeqa-recall.png'" bench/plot-realtimeqa.gp
if (!exists("data")) data = 'bench/results/realtimeqa-recall.tsv'
if (!exists("out")) out = 'bench/results/realtimeqa-recall.png'
set terminal pngcairo size 1100,600 font "sans,10" noenhanced
set output out
set datafile separator "\t"
set key autotitle columnhead outside right top
set title "RealTimeQA: recall@k of the gold article (220 questions, 3,827 documents)"
set ylabel "recall"
set yrange [0:1]
set ytics 0.1
set grid ytics
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set xtics rotate by -30 left
set bmargin 8
plot data using 2:xtic(1) lc rgb "#9ecae1", \
     '' using 3 lc rgb "#4292c6", \
     '' using 4 lc rgb "#08519c"
