    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


E    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


I    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


D    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


T    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


E    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


F    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


S    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


@    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


>    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


D    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


T    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


/    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


/    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


/    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


/    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


D    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


T    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


D    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


T    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


*    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


*    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


S    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


*    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


*    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


#    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


~    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


6    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


K    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


V    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


E    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


9    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


#    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


*    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


/    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


+    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


;    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


*    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


/    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


+    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


6    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


;    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


6    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


*    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


7    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


+    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


8    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


!    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


&    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


F    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


#    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


7    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


8    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


#    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


*    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


/    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


+    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


q    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


4    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


3    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


D    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


T    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


T    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


S    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


T    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


!    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


D    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


8    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


#    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


6    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


F    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


8    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


8    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


5    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


D    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


T    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


P    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


S    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


L    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


F    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


L    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


<    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


7    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


E    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


F    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


b    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


<    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


<    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


2    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


#    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


E    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


F    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


R    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


C    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


#    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


:    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


w    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


j    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


-    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


v    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


[    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


u    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


]    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


1    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


0    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


k    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


_    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


f    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


i    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


{    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


,    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


o    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


y    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


}    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


g    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


h    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


r    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


"    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


.    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


a    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


m    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


s    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


=    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


     assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


l    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


n    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


(    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


x    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


p    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


c    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


t    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


e    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


d    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


)    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634



    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


