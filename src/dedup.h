/* dedup.h - near-duplicate articles: one wire text carried by many outlets */
#ifndef CLAIMEX_DEDUP_H
#define CLAIMEX_DEDUP_H

#include <stddef.h>

struct record_set;

/* Two articles whose word 4-shingle sets have an estimated Jaccard
 * similarity of at least this are copies of one text. */
#define DEDUP_MIN_SIMILARITY 0.6

/*
 * Finds copies among the articles of set from their MinHash signatures
 * (signature.h): copy_of[i] (an array of set->narticles) gets the index
 * of the head of i's copy group (its earliest published article, then
 * the smallest id: the same whatever order the records came in), i
 * itself when i is nobody's copy. Candidates come from locality-sensitive hashing (8
 * bands of 4 values: a pair at similarity 0.6 shares a band with
 * probability 0.65, at 0.8 with 0.98); each candidate is checked
 * against the group's first member with the full signature. Articles
 * without a signature are nobody's copies.
 *
 * O(n log n) in the number of articles (a sort of band keys), O(n)
 * memory. Never fails.
 */
void dedup_find(const struct record_set *set, size_t *copy_of);

#endif
