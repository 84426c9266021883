console.log("clients: pending")
