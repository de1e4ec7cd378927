"""Payment information, balance, invoices and methods."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from ... import kit
from .. import models
from ..handling import (
    json_object,
)
from ..store import Store


def install(app: FastAPI, state: Store) -> None:
    @app.get("/user/payment")
    async def get_payment() -> JSONResponse:
        return kit.emit(models.Customer, state.get_customer())

    @app.post("/user/payment")
    async def create_payment(request: Request) -> JSONResponse:
        billing = await json_object(request, models.BillingInfo)
        return kit.emit(models.Customer, state.set_billing(billing, create=True), 201)

    @app.put("/user/payment")
    async def update_payment(request: Request) -> JSONResponse:
        billing = await json_object(request, models.BillingInfo)
        return kit.emit(models.Customer, state.set_billing(billing, create=False))

    @app.delete("/user/payment")
    async def delete_payment() -> Response:
        state.delete_customer()
        return Response(status_code=204)

    @app.get("/user/payment/balance")
    async def get_balance() -> JSONResponse:
        return kit.emit(models.CustomerBalance, dict(state.balance))

    @app.get("/user/payment/invoices")
    async def list_invoices() -> JSONResponse:
        return kit.emit_list(models.Invoice, state.invoices)

    @app.get("/user/payment/methods")
    async def list_methods() -> JSONResponse:
        return kit.emit_list(models.PaymentMethod, state.methods)
